package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a client while one of its calls waits to retry, or waits for its turn in the client's
 * queue of asynchronous calls, ends that call as closed: nothing more is sent.
 */
class CloseDuringRetryTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  private static RawServer busy(int retryAfterSeconds) throws IOException {
    return new RawServer(x -> x.write("HTTP/1.1 503 Busy\r\nRetry-After: " + retryAfterSeconds
        + "\r\nContent-Length: 0\r\n\r\n"));
  }

  private static void awaitFirstAnswer(RawServer server) throws InterruptedException {
    for (int i = 0; i < 3_000 && server.exchanges().isEmpty(); i++) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
  }

  @Test
  void aBlockingCallWaitingToRetryEndsAtOnceWhenItsClientIsClosed() throws Exception {
    try (RawServer server = busy(30)) {
      TestClient c = TestClient.builder().baseUrl(server.url()).build();
      Future<?> call = threads.submit(() -> c.transport.execute(c.api.get("1")));
      awaitFirstAnswer(server);
      long closed = System.nanoTime();
      c.close();
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("closed"), e.getCause().getMessage());
      assertTrue(System.nanoTime() - closed < TimeUnit.SECONDS.toNanos(10), "the wait ended long before its 30 s");
      assertEquals(1, server.exchanges().size(), "no retry after close");
      assertEquals(1, server.connections());
    }
  }

  @Test
  void anAsynchronousCallWaitingToRetrySendsNothingAfterItsClientIsClosed() throws Exception {
    try (RawServer server = busy(2)) {
      TestClient c = TestClient.builder().baseUrl(server.url()).build();
      CompletableFuture<?> call = c.transport.executeAsync(c.api.get("1"));
      awaitFirstAnswer(server);
      c.close();
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertEquals(1, server.exchanges().size(), "no retry after close");
      assertEquals(1, server.connections());
    }
  }

  /** A server that answers each request once {@code release} opens. */
  private static RawServer heldUntil(CountDownLatch release) throws IOException {
    return new RawServer(x -> {
      try {
        assertTrue(release.await(30, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    });
  }

  private static void awaitExchanges(RawServer server, int count) throws InterruptedException {
    for (int i = 0; i < 3000 && server.exchanges().size() < count; i++) {
      Thread.sleep(10);
    }
    assertEquals(count, server.exchanges().size());
  }

  @Test
  void anAsynchronousCallStillQueuedWhenItsClientIsClosedFailsAsClosed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (RawServer server = heldUntil(release)) {
      TestClient c = TestClient.builder().baseUrl(server.url()).build();
      List<CompletableFuture<?>> running = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        running.add(c.transport.executeAsync(c.api.get("running-" + i)));
      }
      awaitExchanges(server, 5);
      CompletableFuture<?> queued = c.transport.executeAsync(c.api.get("queued"));
      assertEquals(1, c.transport.httpClient().dispatcher().queuedCallsCount(), "the sixth call waits its turn");

      c.close();
      release.countDown();

      for (CompletableFuture<?> call : running) {
        call.get(10, TimeUnit.SECONDS);
      }
      ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, e.getCause(), "as a blocking call of a closed client");
      assertEquals(5, server.exchanges().size(), "nothing sent after close");
    }
  }

  @Test
  void anAsynchronousCallQueuedByACallersClientWhenTheClientIsClosedFailsAsClosed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Dispatcher oneAtATime = new Dispatcher();
    oneAtATime.setMaxRequests(1);
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(oneAtATime).build();
    try (RawServer server = heldUntil(release)) {
      TestClient c = TestClient.builder().baseUrl(server.url()).okHttpClient(http).build();
      CompletableFuture<?> running = c.transport.executeAsync(c.api.get("running"));
      awaitExchanges(server, 1);
      CompletableFuture<?> queued = c.transport.executeAsync(c.api.get("queued"));
      assertEquals(1, oneAtATime.queuedCallsCount(), "the second call waits its turn");

      c.close();
      release.countDown();

      running.get(10, TimeUnit.SECONDS);
      ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, e.getCause(), "as a blocking call of a closed client");
      assertEquals(1, server.exchanges().size(), "nothing sent after close");
    } finally {
      oneAtATime.executorService().shutdown();
    }
  }
}

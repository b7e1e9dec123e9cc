package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous calls as a demanding user sees them: a cancelled call in flight is gone from the
 * server and never retried, a call still queued is never sent, a close ends every call (those
 * waiting to retry at once), continuations that throw even an {@code Error} lose no other call's
 * result, and a per-call timeout bounds a call the server never answers.
 */
class AsyncLifecycleTest {

  private static RawServer silent(CountDownLatch arrived, CountDownLatch gone) throws IOException {
    return new RawServer(x -> {
      arrived.countDown();
      InputStream in = x.socket.getInputStream();
      if (in.read() < 0) {
        gone.countDown();
      }
    });
  }

  private static void awaitExchanges(RawServer server, int count) throws InterruptedException {
    for (int i = 0; i < 3000 && server.exchanges().size() < count; i++) {
      Thread.sleep(10);
    }
    assertEquals(count, server.exchanges().size());
  }

  @Test
  void cancellingACallInFlightClosesItsConnectionAndNothingIsRetried() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch gone = new CountDownLatch(1);
    try (RawServer server = silent(arrived, gone);
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> future = c.transport.executeAsync(c.api.get("1"));
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      assertTrue(future.cancel(true));
      assertTrue(gone.await(10, TimeUnit.SECONDS), "the server saw the connection go");
      Thread.sleep(300);
      assertEquals(1, server.exchanges().size(), "a cancelled call is not retried");
    }
  }

  @Test
  void cancellingACallStillQueuedInTheDispatcherSendsNothing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (RawServer server = new RawServer(x -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        });
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      List<CompletableFuture<?>> running = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        running.add(c.transport.executeAsync(c.api.get("running-" + i)));
      }
      awaitExchanges(server, 5);
      CompletableFuture<?> queued = c.transport.executeAsync(c.api.get("queued"));
      assertTrue(queued.cancel(true));
      release.countDown();
      for (CompletableFuture<?> call : running) {
        call.get(10, TimeUnit.SECONDS);
      }
      Thread.sleep(300);
      assertEquals(5, server.exchanges().size(), "the cancelled call was never sent");
    }
  }

  @Test
  void closingTheClientEndsAnAsynchronousCallWaitingALongRetryAtOnce() throws Exception {
    try (RawServer server = new RawServer(x -> x.write("HTTP/1.1 503 Busy\r\nRetry-After: 60\r\nContent-Length: 0\r\n\r\n"))) {
      TestClient c = TestClient.builder().baseUrl(server.url()).build();
      CompletableFuture<?> call = c.transport.executeAsync(c.api.get("1"));
      awaitExchanges(server, 1);
      Thread.sleep(200);
      c.close();
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS),
          "the future ends long before the 60 s wait, as a blocking call's does");
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("closed"), e.getCause().getMessage());
      assertEquals(1, server.exchanges().size());
    }
  }

  @Test
  void closingTheClientWhileHundredsOfCallsRunEndsEachOfThemAndItsDispatcherThreads() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (RawServer server = new RawServer(x -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        })) {
      TestClient c = TestClient.builder().baseUrl(server.url()).build();
      List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        calls.add(c.transport.executeAsync(c.api.get("n" + i)));
      }
      awaitExchanges(server, 5);
      c.close();
      release.countDown();
      int succeeded = 0;
      int closed = 0;
      for (CompletableFuture<Map<String, Object>> call : calls) {
        try {
          call.get(10, TimeUnit.SECONDS);
          succeeded++;
        } catch (ExecutionException e) {
          assertInstanceOf(IllegalStateException.class, e.getCause());
          closed++;
        }
      }
      assertEquals(300, succeeded + closed);
      assertEquals(server.exchanges().size(), succeeded, "each call sent got its answer");
      assertTrue(c.transport.httpClient().dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS),
          "no dispatcher thread outlives the close");
    }
  }

  @Test
  void continuationsThatThrowErrorsLoseNoOtherCallsResult() throws Exception {
    try (RawServer server = new RawServer(
        x -> x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{\"a\":1}\n"));
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      List<CompletableFuture<?>> thrown = new ArrayList<>();
      List<CompletableFuture<Map<String, Object>>> plain = new ArrayList<>();
      AtomicInteger handled = new AtomicInteger();
      for (int i = 0; i < 100; i++) {
        CompletableFuture<Map<String, Object>> call = c.transport.executeAsync(c.api.get("e" + i));
        int n = i;
        thrown.add(call.thenAccept(body -> {
          handled.incrementAndGet();
          if (n % 2 == 0) {
            throw new AssertionError("a test's assertion");
          }
          throw new OutOfMemoryError("simulated");
        }));
        plain.add(c.transport.executeAsync(c.api.get("p" + i)));
      }
      for (CompletableFuture<?> f : thrown) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertInstanceOf(Error.class, e.getCause());
      }
      for (CompletableFuture<Map<String, Object>> f : plain) {
        assertEquals(1, f.get(10, TimeUnit.SECONDS).get("a"));
      }
      assertEquals(100, handled.get());
      assertEquals(1, c.transport.executeAsync(c.api.get("after")).get(10, TimeUnit.SECONDS).get("a"));
    }
  }

  @Test
  void aPerCallTimeoutBoundsAnAsynchronousCallTheServerNeverAnswers() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch gone = new CountDownLatch(1);
    try (RawServer server = silent(arrived, gone);
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> future = c.transport
          .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(1)).build())
          .executeAsync(c.api.get("1"));
      ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
      assertInstanceOf(ApiTimeoutException.class, e.getCause());
      assertTrue(gone.await(10, TimeUnit.SECONDS), "the request was cancelled at its deadline");
      ApiTimeoutException blocking = assertThrows(ApiTimeoutException.class, () -> c.transport
          .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(1)).build()).execute(c.api.get("2")));
      assertEquals(blocking.getClass(), e.getCause().getClass(), "the blocking call's exception");
    }
  }

  @Test
  void aCallTimeoutBoundsAnAsynchronousCallWaitingALongRetry() throws Exception {
    try (RawServer server = new RawServer(x -> x.write("HTTP/1.1 503 Busy\r\nRetry-After: 60\r\nContent-Length: 0\r\n\r\n"));
        TestClient c = TestClient.builder().baseUrl(server.url()).callTimeout(Duration.ofSeconds(2)).build()) {
      CompletableFuture<Map<String, Object>> future = c.transport.executeAsync(c.api.get("1"));
      ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof io.commerceclients.core.error.ApiException, String.valueOf(e.getCause()));
      assertEquals(1, server.exchanges().size(), "a wait past the deadline is not taken");
    }
  }

  @Test
  void aCancelledFutureStaysCancelledAndItsCallbacksRunOnce() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch gone = new CountDownLatch(1);
    try (RawServer server = silent(arrived, gone);
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> future = c.transport.executeAsync(c.api.get("1"));
      AtomicInteger ran = new AtomicInteger();
      CompletableFuture<?> after = future.whenComplete((v, e) -> ran.incrementAndGet());
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      future.cancel(true);
      assertTrue(gone.await(10, TimeUnit.SECONDS));
      assertThrows(CancellationException.class, future::join);
      assertThrows(java.util.concurrent.CompletionException.class, after::join);
      Thread.sleep(200);
      assertEquals(1, ran.get());
      assertTrue(future.isCancelled());
    }
  }
}

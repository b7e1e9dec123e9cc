package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing a client while one of its calls waits to retry ends that call: nothing more is sent. */
class CloseDuringRetryTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  private static RawServer busy() throws IOException {
    return new RawServer(x -> x.write("HTTP/1.1 503 Busy\r\nRetry-After: 2\r\nContent-Length: 0\r\n\r\n"));
  }

  private static void awaitFirstAnswer(RawServer server) throws InterruptedException {
    for (int i = 0; i < 500 && server.exchanges().isEmpty(); i++) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
  }

  @Test
  void aBlockingCallWaitingToRetryEndsAtOnceWhenItsClientIsClosed() throws Exception {
    try (RawServer server = busy()) {
      TestClient c = TestClient.builder().baseUrl(server.url()).build();
      Future<?> call = threads.submit(() -> c.transport.execute(c.api.get("1")));
      awaitFirstAnswer(server);
      long closed = System.nanoTime();
      c.close();
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("closed"), e.getCause().getMessage());
      assertTrue(System.nanoTime() - closed < TimeUnit.MILLISECONDS.toNanos(1500), "the wait ended before its 2 s");
      assertEquals(1, server.exchanges().size(), "no retry after close");
      assertEquals(1, server.connections());
    }
  }

  @Test
  void anAsynchronousCallWaitingToRetrySendsNothingAfterItsClientIsClosed() throws Exception {
    try (RawServer server = busy()) {
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
}

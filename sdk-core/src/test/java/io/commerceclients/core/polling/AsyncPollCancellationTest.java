package io.commerceclients.core.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an asynchronous poll, by its future or by its {@link PollCancellation}, stops it at
 * once: the status request in flight is cancelled on the wire and a wait between polls is not
 * waited out. Real requests to a loopback server.
 */
class AsyncPollCancellationTest {
  private static final Duration LONG = Duration.ofMinutes(10);

  private final List<String> ends = new CopyOnWriteArrayList<>();
  private final CountDownLatch polled = new CountDownLatch(1);

  private JobPoller<Map<String, Object>> poller(TestClient c, PollCancellation cancellation) {
    return JobPoller.<Map<String, Object>>builder()
        .fetchAsync(() -> c.transport.executeAsync(c.api.get("job")))
        .classifier(job -> "done".equals(job.get("status")) ? JobState.SUCCEEDED : JobState.IN_PROGRESS)
        .cancellation(cancellation)
        .listener(new PollListener<>() {
          @Override
          public void onPoll(Map<String, Object> job, JobState state, int attempt, Duration elapsed) {
            polled.countDown();
          }

          @Override
          public void onFinished(@Nullable Map<String, Object> lastJob, @Nullable Throwable failure) {
            ends.add(failure == null ? "ok" : failure.getClass().getSimpleName());
          }
        })
        .options(PollingOptions.builder().interval(LONG).maxInterval(LONG).timeout(Duration.ofMinutes(30)).build())
        .build();
  }

  /** Answers nothing; counts down {@code closed} when the client closes the connection. */
  private static RawServer hanging(CountDownLatch requested, CountDownLatch closed) throws IOException {
    return new RawServer(exchange -> {
      requested.countDown();
      try {
        while (exchange.socket.getInputStream().read() != -1) {
          // a cancelled call closes the socket; nothing else arrives
        }
      } catch (IOException reset) {
        // closed as well
      } finally {
        closed.countDown();
      }
    });
  }

  private static RawServer running() throws IOException {
    return new RawServer(exchange -> exchange.write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"status\":\"running\"}"));
  }

  @Test
  void cancellingTheFutureCancelsTheStatusRequestInFlight() throws Exception {
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (RawServer server = hanging(requested, closed);
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(LONG).build()) {
      CompletableFuture<Map<String, Object>> poll = poller(c, new PollCancellation()).waitForCompletionAsync();
      assertTrue(requested.await(20, TimeUnit.SECONDS));
      assertTrue(poll.cancel(true));
      assertTrue(closed.await(20, TimeUnit.SECONDS), "the status request was cancelled on the wire");
      assertEquals(List.of("CancellationException"), ends);
      assertEquals(1, server.exchanges().size());
    }
  }

  @Test
  void cancellingTheTokenCancelsTheStatusRequestInFlight() throws Exception {
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    PollCancellation cancellation = new PollCancellation();
    try (RawServer server = hanging(requested, closed);
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(LONG).build()) {
      CompletableFuture<Map<String, Object>> poll = poller(c, cancellation).waitForCompletionAsync();
      assertTrue(requested.await(20, TimeUnit.SECONDS));
      cancellation.cancel();
      ExecutionException e = assertThrows(ExecutionException.class, () -> poll.get(20, TimeUnit.SECONDS));
      assertInstanceOf(PollCancelledException.class, e.getCause());
      assertTrue(closed.await(20, TimeUnit.SECONDS), "the status request was cancelled on the wire");
      assertEquals(List.of("PollCancelledException"), ends);
    }
  }

  @Test
  void cancellingTheTokenDuringTheWaitBetweenPollsEndsThePollAtOnce() throws Exception {
    PollCancellation cancellation = new PollCancellation();
    try (RawServer server = running(); TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> poll = poller(c, cancellation).waitForCompletionAsync();
      assertTrue(polled.await(20, TimeUnit.SECONDS));
      cancellation.cancel();
      ExecutionException e = assertThrows(ExecutionException.class, () -> poll.get(20, TimeUnit.SECONDS));
      PollCancelledException cancelled = assertInstanceOf(PollCancelledException.class, e.getCause());
      assertEquals("running", cancelled.lastState(Map.class).orElseThrow().get("status"));
      assertEquals(List.of("PollCancelledException"), ends);
      assertEquals(1, server.exchanges().size());
    }
  }

  @Test
  void aTokenCancelledBeforeTheStartSendsNothing() throws Exception {
    PollCancellation cancellation = new PollCancellation();
    cancellation.cancel();
    try (RawServer server = running(); TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> poll = poller(c, cancellation).waitForCompletionAsync();
      ExecutionException e = assertThrows(ExecutionException.class, () -> poll.get(20, TimeUnit.SECONDS));
      assertInstanceOf(PollCancelledException.class, e.getCause());
      assertEquals(0, server.exchanges().size());
    }
  }

  @Test
  void cancellingTheFutureDuringTheWaitBetweenPollsSendsNothingMore() throws Exception {
    try (RawServer server = running(); TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> poll = poller(c, new PollCancellation()).waitForCompletionAsync();
      assertTrue(polled.await(20, TimeUnit.SECONDS));
      assertTrue(poll.cancel(true));
      assertThrows(CancellationException.class, poll::join);
      assertEquals(List.of("CancellationException"), ends);
      assertEquals(1, server.exchanges().size());
    }
  }
}

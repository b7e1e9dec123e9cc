package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A future that the caller ends itself, by {@code orTimeout}, {@code completeOnTimeout} or {@code
 * complete}, stops what it stands for as a cancel does: the request in flight is cancelled on the
 * wire, a poll sends nothing more and a workflow's step in flight ends; nothing keeps running.
 */
class CallerCompletedFutureTest {
  private static final Duration LONG = Duration.ofMinutes(10);

  /** Answers nothing; counts down {@code gone} when the client closes the connection. */
  private static RawServer hanging(CountDownLatch requested, CountDownLatch gone) throws IOException {
    return new RawServer(x -> {
      requested.countDown();
      try {
        while (x.socket.getInputStream().read() != -1) {
          // nothing else arrives
        }
      } catch (IOException reset) {
        // closed as well
      } finally {
        gone.countDown();
      }
    });
  }

  @Test
  void orTimeoutOnACallCancelsItsRequestInFlight() throws Exception {
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch gone = new CountDownLatch(1);
    try (RawServer server = hanging(requested, gone);
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(LONG).build()) {
      CompletableFuture<Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      assertTrue(requested.await(20, TimeUnit.SECONDS));
      call.orTimeout(100, TimeUnit.MILLISECONDS);
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(20, TimeUnit.SECONDS));
      assertInstanceOf(TimeoutException.class, e.getCause());
      assertTrue(gone.await(20, TimeUnit.SECONDS), "the request was cancelled on the wire");
      Thread.sleep(300);
      assertEquals(1, server.exchanges().size(), "nothing retried");
    }
  }

  @Test
  void completingACallWaitingToRetrySendsNothingMore() throws Exception {
    try (RawServer server = new RawServer(x -> x.write("HTTP/1.1 503 Busy\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n"));
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      for (int i = 0; i < 3000 && server.exchanges().isEmpty(); i++) {
        Thread.sleep(10);
      }
      call.complete(Map.of());
      Thread.sleep(2_000);
      assertEquals(1, server.exchanges().size(), "no retry after the caller completed the future");
    }
  }

  private static JobPoller<Map<String, Object>> poller(TestClient c) {
    return JobPoller.<Map<String, Object>>builder()
        .fetchAsync(() -> c.transport.executeAsync(c.api.get("job")))
        .classifier(job -> JobState.IN_PROGRESS)
        .options(PollingOptions.builder().interval(Duration.ofMillis(100)).maxInterval(Duration.ofMillis(100))
            .timeout(Duration.ofMinutes(30)).build())
        .build();
  }

  @Test
  void orTimeoutOnAPollStopsThePolling() throws Exception {
    try (RawServer server = new RawServer(x -> x.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"status\":\"running\"}"));
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> poll = poller(c).waitForCompletionAsync();
      for (int i = 0; i < 3000 && server.exchanges().size() < 2; i++) {
        Thread.sleep(10);
      }
      poll.orTimeout(1, TimeUnit.MILLISECONDS);
      assertThrows(ExecutionException.class, () -> poll.get(20, TimeUnit.SECONDS));
      Thread.sleep(300);
      int after = server.exchanges().size();
      Thread.sleep(1_000);
      assertEquals(after, server.exchanges().size(), "no poll after the caller ended the wait");
    }
  }

  @Test
  void orTimeoutOnAWorkflowEndsItsStepInFlight() throws Exception {
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch gone = new CountDownLatch(1);
    try (RawServer server = hanging(requested, gone);
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(LONG).build()) {
      AsyncWorkflow<String> workflow = new AsyncWorkflow<>();
      workflow.then(() -> c.transport.executeAsync(c.api.get("step")), body -> workflow.complete("done"));
      assertTrue(requested.await(20, TimeUnit.SECONDS));
      workflow.future().orTimeout(100, TimeUnit.MILLISECONDS);
      assertThrows(ExecutionException.class, () -> workflow.future().get(20, TimeUnit.SECONDS));
      assertTrue(gone.await(20, TimeUnit.SECONDS), "the step's request was cancelled on the wire");
    }
  }
}

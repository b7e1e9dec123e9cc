package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A poll's timeout is a deadline that also cuts off a request in flight, and an interrupt ends the poll. */
class PollDeadlineTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  /** Starts a JSON answer and then sends one byte every 200 ms, for ever: no read timeout fires. */
  private static RawServer trickling() throws IOException {
    return new RawServer(exchange -> {
      exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"s\":\"");
      try {
        while (true) {
          Thread.sleep(200);
          exchange.write("x");
        }
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    });
  }

  private static JobPoller<Map<String, Object>> poller(TestClient c, Duration timeout) {
    return JobPoller.<Map<String, Object>>builder()
        .fetch(() -> c.transport.execute(c.api.get("job")))
        .classifier(job -> JobState.IN_PROGRESS)
        .options(PollingOptions.builder().initialDelay(Duration.ZERO).interval(Duration.ofMillis(100)).timeout(timeout).build())
        .build();
  }

  @Test
  void aPollRequestThatTricklesIsCutOffByThePollsDeadline() throws Exception {
    try (RawServer server = trickling();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofSeconds(30)).build()) {
      PollTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(PollTimeoutException.class, () -> poller(c, Duration.ofSeconds(1)).waitForCompletion()));
      assertTrue(e.getMessage().contains("cut off by the deadline"), e.getMessage());
    }
  }

  @Test
  void anInterruptDuringAPollRequestEndsThePollPromptlyWithTheFlagKept() throws Exception {
    CountDownLatch requested = new CountDownLatch(1);
    try (RawServer server = new RawServer(exchange -> {
          requested.countDown();
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
          }
        });
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      AtomicBoolean flagKept = new AtomicBoolean();
      Thread polling = new Thread(() -> {
        try {
          poller(c, Duration.ofMinutes(10)).waitForCompletion();
        } catch (Throwable t) {
          outcome.set(t);
          flagKept.set(Thread.currentThread().isInterrupted());
        }
      });
      polling.start();
      assertTrue(requested.await(10, TimeUnit.SECONDS));
      polling.interrupt();
      polling.join(HANG_GUARD.toMillis());
      assertFalse(polling.isAlive(), "the poll ended");
      assertInstanceOf(PollCancelledException.class, outcome.get());
      assertTrue(flagKept.get(), "the interrupt flag is restored");
    }
  }
}

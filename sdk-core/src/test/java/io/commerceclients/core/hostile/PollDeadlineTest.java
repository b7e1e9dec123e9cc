package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A poll's timeout is a deadline that also cuts off a request in flight, and an interrupt or a
 * cancellation ends the poll, request in flight and retry waits included.
 */
class PollDeadlineTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  /** Starts a JSON answer and then sends one byte every 200 ms, for ever: no read timeout fires. */
  private static RawServer trickling() throws IOException {
    return new RawServer(exchange -> exchange.trickle(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"s\":\"", "x", 200));
  }

  private static JobPoller<Map<String, Object>> poller(TestClient c, Duration timeout) {
    return poller(c, timeout, new PollCancellation());
  }

  private static JobPoller<Map<String, Object>> poller(TestClient c, Duration timeout, PollCancellation cancellation) {
    return JobPoller.<Map<String, Object>>builder()
        .fetch(() -> c.transport.execute(c.api.get("job")))
        .classifier(job -> JobState.IN_PROGRESS)
        .options(PollingOptions.builder().initialDelay(Duration.ZERO).interval(Duration.ofMillis(100)).timeout(timeout).build())
        .cancellation(cancellation)
        .build();
  }

  /** Waits for the client to close the connection; false if it is still open after {@code within}. */
  private static boolean closedByPeer(Socket socket, Duration within) throws IOException {
    socket.setSoTimeout((int) within.toMillis());
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  /** Polls on a thread of its own, cancels once the server has the request, and returns how the poll ended. */
  private static Throwable cancelledWhileServed(TestClient c, CountDownLatch served) throws Exception {
    PollCancellation cancellation = new PollCancellation();
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread polling = new Thread(() -> {
      try {
        poller(c, Duration.ofMinutes(10), cancellation).waitForCompletion();
      } catch (Throwable t) {
        outcome.set(t);
      }
    });
    polling.start();
    assertTrue(served.await(10, TimeUnit.SECONDS));
    long cancelled = System.nanoTime();
    cancellation.cancel();
    polling.join(HANG_GUARD.toMillis());
    assertFalse(polling.isAlive(), "the poll ended");
    assertTrue(System.nanoTime() - cancelled < TimeUnit.SECONDS.toNanos(5), "the poll ended promptly");
    return outcome.get();
  }

  @Test
  void aCancellationDuringAPollRequestEndsThePollAndItsRequest() throws Exception {
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch dropped = new CountDownLatch(1);
    try (RawServer server = new RawServer(exchange -> {
          requested.countDown();
          if (closedByPeer(exchange.socket, Duration.ofSeconds(60))) {
            dropped.countDown();
          }
        });
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofSeconds(60)).build()) {
      Throwable outcome = cancelledWhileServed(c, requested);
      PollCancelledException e = assertInstanceOf(PollCancelledException.class, outcome);
      assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
      assertTrue(dropped.await(10, TimeUnit.SECONDS), "the request in flight was cancelled: its connection closed");
    }
  }

  @Test
  void aCancellationDuringARetryWaitEndsThePollWithoutAnotherRequest() throws Exception {
    CountDownLatch answered = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    try (RawServer server = new RawServer(exchange -> {
          requests.incrementAndGet();
          exchange.write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n");
          answered.countDown();
        });
        TestClient c = TestClient.builder().baseUrl(server.url()).callTimeout(Duration.ofMinutes(5)).build()) {
      Throwable outcome = cancelledWhileServed(c, answered);
      assertInstanceOf(PollCancelledException.class, outcome);
      assertEquals(1, requests.get(), "no request after the cancellation");
    }
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

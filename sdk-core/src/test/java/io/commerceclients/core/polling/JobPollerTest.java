package io.commerceclients.core.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.MutableClock;
import io.commerceclients.core.support.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JobPollerTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private static JobState classify(String status) {
    switch (status) {
      case "complete":
        return JobState.SUCCEEDED;
      case "errored":
        return JobState.FAILED;
      case "pending":
      case "processing":
        return JobState.IN_PROGRESS;
      default:
        return null;
    }
  }

  private JobPoller.Builder<String> poller(Iterator<String> states) {
    return JobPoller.<String>builder().fetch(states::next).classifier(JobPollerTest::classify)
        .describer(s -> "job 42 (" + s + ")").sleeper(sleeper)
        .options(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(2).maxInterval(Duration.ofSeconds(3)).build());
  }

  @Test
  void returnsTheSucceededStateAndReportsEveryPoll() {
    List<String> seen = new ArrayList<>();
    String done = poller(List.of("pending", "processing", "mystery", "processing", "complete").iterator())
        .listener((job, state, attempt, elapsed) -> seen.add(attempt + ":" + job + ":" + state)).build().waitForCompletion();
    assertEquals("complete", done);
    assertEquals(List.of("1:pending:IN_PROGRESS", "2:processing:IN_PROGRESS", "3:mystery:IN_PROGRESS",
        "4:processing:IN_PROGRESS", "5:complete:SUCCEEDED"), seen);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3)), sleeper.delays);
  }

  @Test
  void aFailedJobThrowsWithTheFailedState() {
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> poller(List.of("pending", "errored").iterator()).build().waitForCompletion());
    assertEquals("errored", e.lastState(String.class).orElseThrow());
    assertEquals("job 42 (errored) failed", e.getMessage());
  }

  @Test
  void aClientMayThrowItsOwnFailureType() {
    class ImportFailed extends JobFailedException {
      ImportFailed(String job) {
        super("import " + job, job);
      }
    }
    ImportFailed e = assertThrows(ImportFailed.class, () -> poller(List.of("errored").iterator())
        .onFailure(ImportFailed::new).build().waitForCompletion());
    assertEquals("import errored", e.getMessage());
  }

  @Test
  void timesOutWithTheLastStateAndSaysTheJobGoesOn() {
    MutableClock clock = new MutableClock();
    JobPoller<String> poller = JobPoller.<String>builder().fetch(() -> "processing").classifier(JobPollerTest::classify)
        .clock(clock).sleeper(d -> clock.advance(d))
        .options(PollingOptions.builder().interval(Duration.ofSeconds(10)).multiplier(1).timeout(Duration.ofSeconds(35)).build())
        .build();
    PollTimeoutException e = assertThrows(PollTimeoutException.class, poller::waitForCompletion);
    assertEquals("processing", e.lastState(String.class).orElseThrow());
    assertTrue(e.getMessage().contains("goes on on the server"), e.getMessage());
  }

  @Test
  void maxAttemptsAlsoEndsThePoll() {
    PollTimeoutException e = assertThrows(PollTimeoutException.class, () -> JobPoller.<String>builder()
        .fetch(() -> "pending").classifier(JobPollerTest::classify).sleeper(sleeper)
        .options(PollingOptions.builder().maxAttempts(3).build()).build().waitForCompletion());
    assertTrue(e.getMessage().contains("3 polls"), e.getMessage());
    assertEquals(2, sleeper.delays.size());
  }

  @Test
  void cancelStopsAWaitingPollAtOnce() throws Exception {
    PollCancellation cancellation = new PollCancellation();
    CountDownLatch polled = new CountDownLatch(1);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        JobPoller.<String>builder().fetch(() -> {
          polled.countDown();
          return "processing";
        }).classifier(JobPollerTest::classify).cancellation(cancellation)
            .options(PollingOptions.builder().interval(Duration.ofMinutes(5)).maxInterval(Duration.ofMinutes(5)).build())
            .build().waitForCompletion();
      } catch (Throwable t) {
        outcome.set(t);
      }
    });
    waiter.start();
    polled.await();
    cancellation.cancel();
    waiter.join(5_000);
    assertTrue(outcome.get() instanceof PollCancelledException, String.valueOf(outcome.get()));
    assertEquals("processing", ((PollCancelledException) outcome.get()).lastState(String.class).orElseThrow());
  }

  @Test
  void anInterruptEndsThePollAndKeepsTheFlag() throws Exception {
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    CountDownLatch polled = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        JobPoller.<String>builder().fetch(() -> {
          polled.countDown();
          return "pending";
        }).classifier(JobPollerTest::classify)
            .options(PollingOptions.builder().interval(Duration.ofMinutes(5)).maxInterval(Duration.ofMinutes(5)).build())
            .build().waitForCompletion();
      } catch (Throwable t) {
        outcome.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    waiter.start();
    polled.await();
    waiter.interrupt();
    waiter.join(5_000);
    assertTrue(outcome.get() instanceof PollCancelledException, String.valueOf(outcome.get()));
    assertTrue(flag.get());
  }

  @Test
  void initialDelayComesBeforeTheFirstPoll() {
    poller(List.of("complete").iterator())
        .options(PollingOptions.builder().initialDelay(Duration.ofMillis(1500)).build()).build().waitForCompletion();
    assertEquals(List.of(Duration.ofMillis(1500)), sleeper.delays);
  }
}

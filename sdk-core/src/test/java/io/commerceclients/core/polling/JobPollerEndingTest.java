package io.commerceclients.core.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import io.commerceclients.core.support.RecordingSleeper;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** However a poll ends (an Error included), its listener and observer hear it first; and a poller keeps no state between polls. */
class JobPollerEndingTest {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final ClientObserver observer = new ClientObserver() {
    @Override
    public void workflowEvent(WorkflowEvent event) {
      events.add(event.step() + " " + event.status() + " polls=" + event.counts().get("polls"));
    }
  };

  /** Records the polls and the end it hears; its onPoll may throw. */
  private final class Recorder implements PollListener<String> {
    private final @Nullable Error onPollError;

    Recorder(@Nullable Error onPollError) {
      this.onPollError = onPollError;
    }

    @Override
    public void onPoll(String job, JobState state, int attempt, Duration elapsed) {
      events.add("poll " + job);
      if (onPollError != null && attempt == 2) {
        throw onPollError;
      }
    }

    @Override
    public void onFinished(@Nullable String lastJob, @Nullable Throwable failure) {
      events.add("listener finished " + lastJob + " " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
    }
  }

  private static JobState classify(String status) {
    if (status.equals("assert")) {
      throw new AssertionError("status function broke");
    }
    return status.equals("done") ? JobState.SUCCEEDED : JobState.IN_PROGRESS;
  }

  private JobPoller.Builder<String> poller(Iterator<String> states, PollListener<String> listener) {
    return JobPoller.<String>builder().fetch(states::next)
        .fetchAsync(() -> CompletableFuture.completedFuture(states.next()))
        .classifier(JobPollerEndingTest::classify).sleeper(new RecordingSleeper()).listener(listener)
        .observer(observer, "test", "test.job.wait")
        .options(PollingOptions.builder().interval(Duration.ZERO).build());
  }

  @Test
  void anErrorOfTheStatusFunctionIsReportedAsTheEndThenPropagates() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> poller(List.of("running", "assert").iterator(), new Recorder(null)).build().waitForCompletion());
    assertEquals("status function broke", e.getMessage());
    assertEquals(List.of("poll running", "status in_progress polls=1", "listener finished assert AssertionError",
        "finished error polls=1"), events);
  }

  @Test
  void anErrorOfTheListenerIsReportedAsTheEndThenPropagates() {
    OutOfMemoryError oom = new OutOfMemoryError("listener ran out");
    OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
        () -> poller(List.of("running", "running").iterator(), new Recorder(oom)).build().waitForCompletion());
    assertSame(oom, e);
    assertEquals(List.of("poll running", "status in_progress polls=1", "poll running",
        "listener finished running OutOfMemoryError", "finished error polls=1"), events);
  }

  @Test
  void anAsynchronousPollHearsTheErrorBeforeItsFutureFailsWithIt() throws Exception {
    CompletableFuture<String> future =
        poller(List.of("running", "assert").iterator(), new Recorder(null)).build().waitForCompletionAsync();
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof AssertionError, String.valueOf(e.getCause()));
    assertEquals(List.of("poll running", "status in_progress polls=1", "listener finished assert AssertionError",
        "finished error polls=1"), events);
  }

  @Test
  void anAsynchronousFetchThatReturnsNoFutureEndsThePollAtOnce() throws Exception {
    CompletableFuture<String> future = JobPoller.<String>builder().fetchAsync(() -> null)
        .classifier(JobPollerEndingTest::classify).listener(new Recorder(null))
        .options(PollingOptions.builder().initialDelay(Duration.ZERO).timeout(Duration.ofMinutes(10)).build())
        .build().waitForCompletionAsync();
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertInstanceOf(NullPointerException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("fetchAsync returned no future"), e.getCause().getMessage());
  }

  @Test
  void anErrorOfTheListenerInAnAsynchronousPollFailsItsFutureAfterTheReport() throws Exception {
    AssertionError broken = new AssertionError("listener broke");
    CompletableFuture<String> future =
        poller(List.of("running", "running").iterator(), new Recorder(broken)).build().waitForCompletionAsync();
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
    assertSame(broken, e.getCause());
    assertEquals("finished error polls=1", events.get(events.size() - 1));
  }

  @Test
  void onePollerUsedForTwoJobsReportsEachFromItsOwnStart() {
    Iterator<String> states = List.of("running", "done", "done").iterator();
    JobPoller<String> poller = poller(states, new Recorder(null)).build();
    poller.waitForCompletion();
    events.clear();
    poller.waitForCompletion();
    assertEquals(List.of("poll done", "status succeeded polls=1", "listener finished done ok",
        "finished succeeded polls=1"), events);
  }

  @Test
  void onePollerWaitingForTwoJobsAtOnceKeepsTheirStatesApart() throws Exception {
    BlockingQueue<CompletableFuture<String>> requests = new LinkedBlockingQueue<>();
    JobPoller<String> shared = JobPoller.<String>builder()
        .fetchAsync(() -> {
          CompletableFuture<String> answer = new CompletableFuture<>();
          requests.add(answer);
          return answer;
        })
        .classifier(JobPollerEndingTest::classify).observer(observer, "test", "test.job.wait")
        .options(PollingOptions.builder().interval(Duration.ZERO).build()).build();
    CompletableFuture<String> a = shared.waitForCompletionAsync();
    CompletableFuture<String> firstOfA = requests.poll(20, TimeUnit.SECONDS);
    CompletableFuture<String> b = shared.waitForCompletionAsync();
    CompletableFuture<String> firstOfB = requests.poll(20, TimeUnit.SECONDS);
    firstOfA.complete("running");
    firstOfB.complete("running");
    requests.poll(20, TimeUnit.SECONDS).complete("done");
    requests.poll(20, TimeUnit.SECONDS).complete("done");
    assertEquals("done", a.get(20, TimeUnit.SECONDS));
    assertEquals("done", b.get(20, TimeUnit.SECONDS));
    assertEquals(List.of("finished succeeded polls=2", "finished succeeded polls=2", "status in_progress polls=1",
        "status in_progress polls=1", "status succeeded polls=2", "status succeeded polls=2"),
        events.stream().sorted().collect(Collectors.toList()));
  }
}

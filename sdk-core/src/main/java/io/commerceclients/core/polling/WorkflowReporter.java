package io.commerceclients.core.polling;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Tells a client's observer about a job wait: each change of state, then how it finished. */
final class WorkflowReporter {
  private static final LazyLogger LOG = LazyLogger.of(WorkflowReporter.class);

  private final ClientObserver observer;
  private final String api;
  private final String workflow;
  private volatile JobState last;
  private volatile int polls;
  private volatile Duration elapsed = Duration.ZERO;

  WorkflowReporter(ClientObserver observer, String api, String workflow) {
    this.observer = observer;
    this.api = api;
    this.workflow = workflow;
  }

  void polled(JobState state, int attempt, Duration sinceStart) {
    polls = attempt;
    elapsed = sinceStart;
    if (state != last) {
      last = state;
      emit("status", state.name().toLowerCase(Locale.ROOT));
    }
  }

  void finished(Throwable failure) {
    String outcome = failure == null ? "succeeded"
        : failure instanceof JobFailedException ? "failed"
        : failure instanceof PollTimeoutException ? "timeout"
        : failure instanceof PollCancelledException || failure instanceof java.util.concurrent.CancellationException
            ? "cancelled" : "error";
    emit("finished", outcome);
  }

  private void emit(String step, String status) {
    try {
      observer.workflowEvent(new WorkflowEvent(api, workflow, step, status, elapsed, Map.of("polls", (long) polls)));
    } catch (RuntimeException e) {
      LOG.get().warn("The client observer failed on a {} event; ignored", workflow, e);
    }
  }
}

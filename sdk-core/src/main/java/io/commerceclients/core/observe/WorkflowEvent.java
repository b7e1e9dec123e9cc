package io.commerceclients.core.observe;

import java.time.Duration;
import java.util.Map;

/**
 * A step of a long workflow: its API, its kind ({@code kiliba.import.products}, {@code
 * kibo.import}, {@code kibo.job.wait}…), what happened ({@code batch}, {@code status}, {@code
 * finished}…), a low-cardinality status (such as a job status or {@code succeeded}), the time since
 * the workflow started, and a few counts (items sent, failed…). No ids, names or messages.
 */
public final class WorkflowEvent {
  private final String api;
  private final String workflow;
  private final String step;
  private final String status;
  private final Duration elapsed;
  private final Map<String, Long> counts;

  /** Creates the event; used by the clients. */
  public WorkflowEvent(String api, String workflow, String step, String status, Duration elapsed,
      Map<String, Long> counts) {
    this.api = api;
    this.workflow = workflow;
    this.step = step;
    this.status = status;
    this.elapsed = elapsed;
    this.counts = Map.copyOf(counts);
  }

  /** Returns the API's name. */
  public String api() {
    return api;
  }

  /** Returns the workflow's kind. */
  public String workflow() {
    return workflow;
  }

  /** Returns what happened. */
  public String step() {
    return step;
  }

  /** Returns the status after this step. */
  public String status() {
    return status;
  }

  /** Returns the time since the workflow started. */
  public Duration elapsed() {
    return elapsed;
  }

  /** Returns the counts so far, by name. */
  public Map<String, Long> counts() {
    return counts;
  }

  @Override
  public String toString() {
    return workflow + " " + step + " " + status + " " + counts;
  }
}

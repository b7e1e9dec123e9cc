package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The status of a batch job ({@code BatchJobStatuses} in Kibo's spec): {@code Ready} once created,
 * {@code Pending} and {@code Running} once started, and {@code Completed} or {@code Canceled} at the
 * end. Compared without regard to case, and {@code Failed} or {@code Errored} (not in the spec) also
 * count as a failed end.
 */
public final class BatchJobStatus extends ExpandableEnum {
  private static final Registry<BatchJobStatus> REGISTRY = new Registry<>(BatchJobStatus::new);
  private static final Set<String> FAILED = Set.of("canceled", "cancelled", "failed", "errored", "error");
  private static final Set<String> IN_PROGRESS = Set.of("ready", "pending", "running");

  /** Created and not started yet; items can still be added. */
  public static final BatchJobStatus READY = REGISTRY.known("Ready");

  /** Started and waiting to run. */
  public static final BatchJobStatus PENDING = REGISTRY.known("Pending");

  /** Processing its items. */
  public static final BatchJobStatus RUNNING = REGISTRY.known("Running");

  /** Every item was processed; some may have failed (see the items' processing status). */
  public static final BatchJobStatus COMPLETED = REGISTRY.known("Completed");

  /** Cancelled before it finished. */
  public static final BatchJobStatus CANCELED = REGISTRY.known("Canceled");

  private BatchJobStatus(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static BatchJobStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<BatchJobStatus> knownValues() {
    return REGISTRY.values();
  }

  /** Returns true for {@code Completed}: the job ran to its end. */
  public boolean isCompleted() {
    return lower().equals("completed");
  }

  /** Returns true for {@code Canceled} (or a failed end a later Kibo may report: {@code Failed}, {@code Errored}). */
  public boolean isFailedEnd() {
    return FAILED.contains(lower());
  }

  /** Returns true for {@code Ready}, {@code Pending} and {@code Running}. */
  public boolean isInProgress() {
    return IN_PROGRESS.contains(lower());
  }

  private String lower() {
    return value().trim().toLowerCase(Locale.ROOT);
  }
}

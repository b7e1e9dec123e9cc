package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The processing status of one batch job item ({@code BatchJobItemProcessingStatuses} in Kibo's spec). */
public final class BatchJobItemStatus extends ExpandableEnum {
  private static final Registry<BatchJobItemStatus> REGISTRY = new Registry<>(BatchJobItemStatus::new);

  /** Not processed yet. */
  public static final BatchJobItemStatus WAITING = REGISTRY.known("Waiting");

  /** Being processed. */
  public static final BatchJobItemStatus RUNNING = REGISTRY.known("Running");

  /** Refused before processing: the item's data is invalid (see its errors). */
  public static final BatchJobItemStatus VALIDATION_FAILED = REGISTRY.known("ValidationFailed");

  /** Processed and failed (see its errors). */
  public static final BatchJobItemStatus FAILED = REGISTRY.known("Failed");

  /** Processed successfully. */
  public static final BatchJobItemStatus COMPLETED = REGISTRY.known("Completed");

  /** Not processed because the job was cancelled. */
  public static final BatchJobItemStatus CANCELLED = REGISTRY.known("Cancelled");

  private BatchJobItemStatus(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static BatchJobItemStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<BatchJobItemStatus> knownValues() {
    return REGISTRY.values();
  }

  /** Returns the statuses of failed items, {@code Failed} then {@code ValidationFailed}. */
  public static List<BatchJobItemStatus> failures() {
    return List.of(FAILED, VALIDATION_FAILED);
  }

  /** Returns true for {@code Failed} and {@code ValidationFailed}, compared without regard to case. */
  public boolean isFailure() {
    String lower = value().trim().toLowerCase(Locale.ROOT);
    return lower.equals("failed") || lower.equals("validationfailed");
  }
}

package io.commerceclients.kibo.importexport.batch;

import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a batch job that ran to its end ({@code Completed}): its final summary and its
 * failed items with their errors. A completed job may still hold failed items.
 */
@Value.Immutable
public interface BatchJobResult {

  /** Returns a builder. */
  static ImmutableBatchJobResult.Builder builder() {
    return ImmutableBatchJobResult.builder();
  }

  /** The job as the start action returned it. */
  BatchJob started();

  /** The job's final summary: status and item counts. */
  BatchJobSummary summary();

  /** The items that failed ({@code Failed}, then {@code ValidationFailed}), each with its errors. */
  List<BatchJobItem> failedItems();

  /** True if more items failed than {@code maxFailedItems} let the result hold. */
  @Value.Default
  default boolean moreFailedItems() {
    return false;
  }

  /** Returns true if no item failed. */
  default boolean allSucceeded() {
    return failedItems().isEmpty() && !moreFailedItems();
  }
}

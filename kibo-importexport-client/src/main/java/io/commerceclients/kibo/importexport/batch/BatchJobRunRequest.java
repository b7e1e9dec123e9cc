package io.commerceclients.kibo.importexport.batch;

import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What {@code client.batchJobs().run(request)} runs: the job's code, how to wait for it, and how
 * many failed items to collect.
 *
 * <pre>{@code
 * BatchJobRunRequest.builder()
 *     .code("price-update-2025-06")
 *     .onProgress(s -> log.info("{}: {} of {} items done", s.status().orElse(null),
 *         s.count(BatchJobItemStatus.COMPLETED), s.itemCount()))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface BatchJobRunRequest {

  /** The most failed items collected by default. */
  int DEFAULT_MAX_FAILED_ITEMS = 10_000;

  /** Returns a builder; the code is required. */
  static ImmutableBatchJobRunRequest.Builder builder() {
    return ImmutableBatchJobRunRequest.builder();
  }

  /** The code of the batch job to start. */
  String code();

  /**
   * The most failed items to collect in the result, at least 1; {@value #DEFAULT_MAX_FAILED_ITEMS}
   * by default. Beyond it the result says {@code moreFailedItems()}; read them all with {@code
   * itemsAll}.
   */
  @Value.Default
  default int maxFailedItems() {
    return DEFAULT_MAX_FAILED_ITEMS;
  }

  /** Called with the job's summary after every poll. */
  Optional<Consumer<BatchJobSummary>> onProgress();

  /** The polling intervals and time limit; the client's by default. */
  Optional<PollingOptions> polling();

  /** A token to stop waiting from another thread (the job goes on on the server). */
  Optional<PollCancellation> cancellation();
}

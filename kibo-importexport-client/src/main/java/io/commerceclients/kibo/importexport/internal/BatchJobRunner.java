package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.batch.KiboBatchJobFailedException;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-call run of a batch job: start it, poll its summary on core's poller until it ends, and
 * collect its failed items, read page by page with the processing-status filter ({@code Failed},
 * then {@code ValidationFailed}).
 */
final class BatchJobRunner {
  private final KiboContext context;
  private final BatchJobsService jobs;

  BatchJobRunner(KiboContext context, BatchJobsService jobs) {
    this.context = context;
    this.jobs = jobs;
  }

  BatchJobResult run(BatchJobRunRequest request) {
    String code = request.code();
    BatchJob started = jobs.start(code);
    JobPoller<BatchJobSummary> poller = JobPoller.<BatchJobSummary>builder()
        .fetch(() -> jobs.summary(code))
        .classifier(BatchJobRunner::classify)
        .describer(s -> "batch job " + code + " (status " + s.status().map(BatchJobStatus::value).orElse("?") + ")")
        .onFailure(s -> failure(code, s, request.maxFailedItems()))
        .options(request.polling().orElse(context.polling()))
        .cancellation(request.cancellation().orElseGet(PollCancellation::new))
        .listener((summary, state, attempt, elapsed) -> request.onProgress().ifPresent(c -> c.accept(summary)))
        .clock(context.options().clock())
        .sleeper(context.options().sleeper())
        .build();
    BatchJobSummary done = poller.waitForCompletion();
    FailedItems failed = failedItems(code, request.maxFailedItems());
    return BatchJobResult.builder().started(started).summary(done)
        .failedItems(failed.items).moreFailedItems(failed.more).build();
  }

  /** {@code Completed} succeeds, {@code Canceled} (or another failed end) fails, a missing or unknown status waits. */
  static JobState classify(BatchJobSummary summary) {
    if (summary.status().isEmpty()) {
      return null;
    }
    BatchJobStatus status = summary.status().get();
    if (status.isCompleted()) {
      return JobState.SUCCEEDED;
    }
    if (status.isFailedEnd()) {
      return JobState.FAILED;
    }
    return status.isInProgress() ? JobState.IN_PROGRESS : null;
  }

  /** The typed failure, with the failed items; a failure to list them is attached as suppressed. */
  private KiboBatchJobFailedException failure(String code, BatchJobSummary summary, int max) {
    try {
      FailedItems failed = failedItems(code, max);
      return new KiboBatchJobFailedException(code, summary, failed.items, failed.more);
    } catch (ApiException listing) {
      KiboBatchJobFailedException failure = new KiboBatchJobFailedException(code, summary, List.of(), false);
      failure.addSuppressed(listing);
      return failure;
    }
  }

  /**
   * Reads up to {@code max} failed items. An item whose status is not the one asked for is left out
   * (a server that ignored the filter would otherwise list it twice); one without a status is kept.
   */
  private FailedItems failedItems(String code, int max) {
    List<BatchJobItem> items = new ArrayList<>();
    for (BatchJobItemStatus status : BatchJobItemStatus.failures()) {
      BatchJobItemsFilter filter = BatchJobItemsFilter.builder()
          .processingStatus(status).pageSize(ListBatchJobsRequest.MAX_PAGE_SIZE).build();
      for (BatchJobItem item : jobs.itemsAll(code, filter)) {
        if (item.processingStatus().filter(s -> !s.value().equalsIgnoreCase(status.value())).isPresent()) {
          continue;
        }
        if (items.size() == max) {
          return new FailedItems(items, true);
        }
        items.add(item);
      }
    }
    return new FailedItems(items, false);
  }

  private static final class FailedItems {
    final List<BatchJobItem> items;
    final boolean more;

    FailedItems(List<BatchJobItem> items, boolean more) {
      this.items = items;
      this.more = more;
    }
  }
}

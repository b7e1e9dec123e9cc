package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.batch.BatchJobsServiceAsync;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one-call run of a batch job, blocking or asynchronous with the same rules: start it, poll its
 * summary on core's poller until it ends, and collect its failed items, read page by page with the
 * processing-status filter ({@code Failed}, then {@code ValidationFailed}).
 */
final class BatchJobRunner {
  private BatchJobRunner() {}

  static BatchJobResult run(KiboCalls calls, BatchJobsService jobs, BatchJobRunRequest request) {
    String code = request.code();
    BatchJob started = jobs.start(code);
    int max = request.maxFailedItems();
    BatchJobSummary done = poller(calls, request)
        .fetch(() -> jobs.summary(code))
        .onFailure(s -> failure(code, s, () -> failedItems(jobs, code, max)))
        .build().waitForCompletion();
    FailedItems failed = failedItems(jobs, code, max);
    return result(started, done, failed);
  }

  /**
   * Runs the batch job without blocking: the start, every poll and every page of failed items is
   * an asynchronous call, each poll interval is scheduled. Cancelling the future stops at the step
   * in flight; the batch job goes on in Kibo.
   */
  static CompletableFuture<BatchJobResult> runAsync(KiboCalls calls, BatchJobsServiceAsync jobs,
      BatchJobRunRequest request) {
    String code = request.code();
    int max = request.maxFailedItems();
    AsyncWorkflow<BatchJobResult> flow = new AsyncWorkflow<>();
    flow.step(() -> jobs.start(code))
        .thenCompose(started -> waitAsync(flow, calls, jobs, request)
            .thenCompose(done -> failedItemsAsync(flow, jobs, code, max)
                .thenApply(failed -> result(started, done, failed))))
        .whenComplete(flow::finish);
    return flow.future();
  }

  /** Polls the summary until the job ends; a failed end fails with the job's failed items. */
  private static CompletableFuture<BatchJobSummary> waitAsync(AsyncWorkflow<?> flow, KiboCalls calls,
      BatchJobsServiceAsync jobs, BatchJobRunRequest request) {
    String code = request.code();
    return flow.step(() -> poller(calls, request)
            .fetchAsync(() -> jobs.summary(code))
            .onFailure(s -> new KiboBatchJobFailedException(code, s, List.of(), false))
            .build().waitForCompletionAsync())
        .exceptionallyCompose(error -> {
          Throwable cause = Async.unwrap(error);
          if (!(cause instanceof KiboBatchJobFailedException)) {
            return CompletableFuture.failedFuture(cause);
          }
          BatchJobSummary summary = ((KiboBatchJobFailedException) cause).summary();
          return failedItemsAsync(flow, jobs, code, request.maxFailedItems())
              .handle((failed, listing) -> failure(code, summary, () -> {
                if (listing != null) {
                  throw asRuntime(Async.unwrap(listing));
                }
                return failed;
              }))
              .thenCompose(CompletableFuture::<BatchJobSummary>failedFuture);
        });
  }

  private static JobPoller.Builder<BatchJobSummary> poller(KiboCalls calls, BatchJobRunRequest request) {
    String code = request.code();
    return JobPoller.<BatchJobSummary>builder()
        .classifier(BatchJobRunner::classify)
        .describer(s -> "batch job " + code + " (status " + s.status().map(BatchJobStatus::value).orElse("?") + ")")
        .options(request.polling().orElse(calls.polling()))
        .cancellation(request.cancellation().orElseGet(PollCancellation::new))
        .listener((summary, state, attempt, elapsed) -> request.onProgress().ifPresent(c -> c.accept(summary)))
        .clock(calls.context().options().clock())
        .sleeper(calls.context().options().sleeper())
        .observer(calls.context().options().observer(), "kibo", "kibo.batch.wait");
  }

  private static BatchJobResult result(BatchJob started, BatchJobSummary done, FailedItems failed) {
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

  private static RuntimeException asRuntime(Throwable error) {
    return error instanceof RuntimeException ? (RuntimeException) error : new CompletionException(error);
  }

  /** Reads the failed items, blocking or from a listing already done. */
  @FunctionalInterface
  private interface Listing {
    FailedItems read();
  }

  /** The typed failure, with the failed items; a failure to list them is attached as suppressed. */
  private static KiboBatchJobFailedException failure(String code, BatchJobSummary summary, Listing listing) {
    try {
      FailedItems failed = listing.read();
      return new KiboBatchJobFailedException(code, summary, failed.items, failed.more);
    } catch (ApiException listingFailure) {
      KiboBatchJobFailedException failure = new KiboBatchJobFailedException(code, summary, List.of(), false);
      failure.addSuppressed(listingFailure);
      return failure;
    }
  }

  /** The processing-status filter of one kind of failed item, a page as large as Kibo allows. */
  private static BatchJobItemsFilter filter(BatchJobItemStatus status) {
    return BatchJobItemsFilter.builder().processingStatus(status).pageSize(ListBatchJobsRequest.MAX_PAGE_SIZE).build();
  }

  /** Reads up to {@code max} failed items, blocking. */
  private static FailedItems failedItems(BatchJobsService jobs, String code, int max) {
    FailedItems failed = new FailedItems(max);
    for (BatchJobItemStatus status : BatchJobItemStatus.failures()) {
      for (BatchJobItem item : jobs.itemsAll(code, filter(status))) {
        if (!failed.offer(status, item)) {
          return failed;
        }
      }
    }
    return failed;
  }

  /** Reads up to {@code max} failed items page by page, without blocking; one status after the other. */
  private static CompletableFuture<FailedItems> failedItemsAsync(AsyncWorkflow<?> flow, BatchJobsServiceAsync jobs,
      String code, int max) {
    FailedItems failed = new FailedItems(max);
    CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
    for (BatchJobItemStatus status : BatchJobItemStatus.failures()) {
      chain = chain.thenCompose(more -> !more ? CompletableFuture.completedFuture(false)
          : flow.step(() -> jobs.itemsAll(code, filter(status)).forEachPage(page -> {
            for (BatchJobItem item : page) {
              if (!failed.offer(status, item)) {
                return false;
              }
            }
            return true;
          })).thenApply(ignored -> !failed.more));
    }
    return chain.thenApply(ignored -> failed);
  }

  /**
   * The failed items read so far, at most {@code max}. An item whose status is not the one asked
   * for is left out (a server that ignored the filter would otherwise list it twice); one without a
   * status is kept.
   */
  private static final class FailedItems {
    final int max;
    final List<BatchJobItem> items = new ArrayList<>();
    boolean more;

    FailedItems(int max) {
      this.max = max;
    }

    /** Adds {@code item} if it has the status asked for; returns false once an item did not fit. */
    boolean offer(BatchJobItemStatus status, BatchJobItem item) {
      if (item.processingStatus().filter(s -> !s.value().equalsIgnoreCase(status.value())).isPresent()) {
        return true;
      }
      if (items.size() == max) {
        more = true;
        return false;
      }
      items.add(item);
      return true;
    }
  }
}

package io.commerceclients.kibo.importexport.batch;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobCollection;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemResultSet;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.BatchJobSummaryCollection;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link BatchJobsService}: the same operations, returning futures that
 * fail with the exceptions the blocking methods throw (these methods never throw; a listing with
 * invalid arguments fails its futures). Cancelling a future cancels the call in flight, the poll
 * or the listing; what Kibo already received (a start, a cancel) stands.
 */
public interface BatchJobsServiceAsync {

  /** Creates a batch job; it is {@code Ready} until started. */
  CompletableFuture<BatchJob> create(CreateBatchJobRequest request);

  /** Returns one page of batch jobs. */
  CompletableFuture<BatchJobCollection> list(ListBatchJobsRequest request);

  /** Returns every batch job from {@code request}'s start index on, fetched page by page as the listing is consumed. */
  AsyncPagedIterable<BatchJob> listAll(ListBatchJobsRequest request);

  /** Reads a batch job. */
  CompletableFuture<BatchJob> get(String code);

  /** Changes a batch job's name and returns the job. */
  CompletableFuture<BatchJob> update(UpdateBatchJobRequest request);

  /** Deletes a batch job and returns it as Kibo last reported it (empty if Kibo answered with no body). */
  CompletableFuture<Optional<BatchJob>> delete(String code);

  /** Starts a ready batch job and returns it. */
  CompletableFuture<BatchJob> start(String code);

  /** Cancels a batch job that has not finished and returns it. */
  CompletableFuture<BatchJob> cancel(String code);

  /** Removes every item of a completed or canceled batch job and returns it. */
  CompletableFuture<BatchJob> reset(String code);

  /** Performs {@code action} on a batch job and returns it. */
  CompletableFuture<BatchJob> perform(String code, BatchJobActionType action);

  /** Returns the actions the batch job accepts in its current status. */
  CompletableFuture<List<BatchJobActionType>> availableActions(String code);

  /** Returns a batch job's status and its item counts. */
  CompletableFuture<BatchJobSummary> summary(String code);

  /** Returns one page of batch job summaries. */
  CompletableFuture<BatchJobSummaryCollection> summaries(ListBatchJobsRequest request);

  /** Returns every batch job summary from {@code request}'s start index on, fetched page by page. */
  AsyncPagedIterable<BatchJobSummary> summariesAll(ListBatchJobsRequest request);

  /** Returns one page of a batch job's items, filtered by processing status and resource type. */
  CompletableFuture<BatchJobItemResultSet> items(String code, BatchJobItemsFilter filter);

  /** Returns every item of a batch job that matches {@code filter}, fetched page by page. */
  AsyncPagedIterable<BatchJobItem> itemsAll(String code, BatchJobItemsFilter filter);

  /** Returns the item of a batch job with this correlation id, empty if Kibo's answer holds none. */
  CompletableFuture<Optional<BatchJobItem>> item(String code, String correlationId);

  /**
   * Runs a batch job in one call, as {@link BatchJobsService#run(BatchJobRunRequest)}: starts it,
   * polls its summary (scheduled, no thread waits) until it ends, and lists its failed items
   * asynchronously page by page. The future fails with the exceptions {@code run} throws.
   * Cancelling it stops at the step in flight; the batch job goes on in Kibo.
   */
  CompletableFuture<BatchJobResult> run(BatchJobRunRequest request);

  /** Runs the batch job with this code with the client's polling options, as {@link #run(BatchJobRunRequest)}. */
  CompletableFuture<BatchJobResult> run(String code);
}

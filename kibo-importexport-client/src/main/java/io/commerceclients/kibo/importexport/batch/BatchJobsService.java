package io.commerceclients.kibo.importexport.batch;

import io.commerceclients.core.pagination.PagedIterable;
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

/**
 * Kibo's batch jobs, each identified by its code. Every method throws {@link
 * io.commerceclients.core.error.ApiException} subclasses for error answers ({@code
 * NotFoundException} for an unknown code), {@link io.commerceclients.core.error.ProtocolException}
 * for an answer that lacks what the call needs, and {@link
 * io.commerceclients.core.validation.ValidationException} for bad arguments before anything is sent.
 */
public interface BatchJobsService {

  /** Creates a batch job; it is {@code Ready} until started. */
  BatchJob create(CreateBatchJobRequest request);

  /** Returns one page of batch jobs. */
  BatchJobCollection list(ListBatchJobsRequest request);

  /** Returns every batch job from {@code request}'s start index on, fetched lazily page by page. */
  PagedIterable<BatchJob> listAll(ListBatchJobsRequest request);

  /** Reads a batch job. */
  BatchJob get(String code);

  /** Changes a batch job's name, the only field Kibo lets change, and returns the job. */
  BatchJob update(UpdateBatchJobRequest request);

  /** Deletes a batch job and returns it as Kibo last reported it (empty if Kibo answered with no body). */
  Optional<BatchJob> delete(String code);

  /** Starts a ready batch job and returns it; {@link #run(BatchJobRunRequest)} also waits for it. */
  BatchJob start(String code);

  /** Cancels a batch job that has not finished and returns it. */
  BatchJob cancel(String code);

  /** Removes every item of a completed or canceled batch job, so that it can be used again, and returns it. */
  BatchJob reset(String code);

  /** Performs {@code action} on a batch job and returns it; for actions this SDK does not name yet. */
  BatchJob perform(String code, BatchJobActionType action);

  /** Returns the actions the batch job accepts in its current status. */
  List<BatchJobActionType> availableActions(String code);

  /** Returns a batch job's status and its item counts per resource type and processing status. */
  BatchJobSummary summary(String code);

  /** Returns one page of batch job summaries. */
  BatchJobSummaryCollection summaries(ListBatchJobsRequest request);

  /** Returns every batch job summary from {@code request}'s start index on, fetched lazily page by page. */
  PagedIterable<BatchJobSummary> summariesAll(ListBatchJobsRequest request);

  /** Returns one page of a batch job's items, filtered by processing status and resource type. */
  BatchJobItemResultSet items(String code, BatchJobItemsFilter filter);

  /** Returns every item of a batch job that matches {@code filter}, from its start index on, fetched lazily. */
  PagedIterable<BatchJobItem> itemsAll(String code, BatchJobItemsFilter filter);

  /**
   * Returns the item of a batch job with this correlation id, empty if Kibo's answer holds none.
   *
   * @throws io.commerceclients.core.error.ProtocolException if the answer holds more than one item
   */
  Optional<BatchJobItem> item(String code, String correlationId);

  /**
   * Runs a batch job in one call: starts it, polls its summary until it ends, and returns the final
   * summary with every failed item and its errors.
   *
   * @throws KiboBatchJobFailedException if the job ended {@code Canceled} (or another failed status)
   * @throws io.commerceclients.core.polling.PollTimeoutException if it did not end in time
   * @throws io.commerceclients.core.polling.PollCancelledException if the wait was cancelled
   */
  BatchJobResult run(BatchJobRunRequest request);

  /** Runs the batch job with this code with the client's polling options, as {@link #run(BatchJobRunRequest)}. */
  BatchJobResult run(String code);
}

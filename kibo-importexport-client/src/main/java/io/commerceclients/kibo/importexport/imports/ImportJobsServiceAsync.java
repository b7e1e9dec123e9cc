package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ImportJobsService}: the same operations, returning futures that
 * fail with the exceptions the blocking methods throw (these methods never throw). Waiting blocks
 * no thread: each poll is an asynchronous call and each interval is scheduled. Cancelling a future
 * cancels the call in flight or stops the polling; a job Kibo already runs goes on.
 */
public interface ImportJobsServiceAsync {

  /** Creates an import job that reads an uploaded ZIP, as {@link ImportJobsService#create}. */
  CompletableFuture<ImportJob> create(CreateImportJobRequest request);

  /** Reads an import job; a failed job is returned normally. */
  CompletableFuture<ImportJob> get(String jobId);

  /** Reads an import job trimmed to Kibo's {@code responseFields} (null or blank: every field). */
  CompletableFuture<ImportJob> get(String jobId, String responseFields);

  /** Deletes an import job. */
  CompletableFuture<Void> delete(String jobId);

  /** Returns one page of import jobs. */
  CompletableFuture<List<ImportJob>> list(ListJobsRequest request);

  /**
   * Returns every import job from {@code request}'s start index on, fetched page by page as the
   * listing is consumed; invalid arguments fail its futures with a {@link
   * io.commerceclients.core.validation.ValidationException}.
   */
  AsyncPagedIterable<ImportJob> listAll(ListJobsRequest request);

  /** Polls the job with the client's polling options until it succeeds, as {@link ImportJobsService#waitForCompletion(String)}. */
  CompletableFuture<ImportJob> waitForCompletion(String jobId);

  /** Polls the job as {@code wait} says until it succeeds. */
  CompletableFuture<ImportJob> waitForCompletion(String jobId, JobWait<ImportJob> wait);

  /**
   * Imports CSV files in one call, as {@link ImportJobsService#run(ImportRequest)}: zips them unless
   * given a ZIP, uploads, creates the job, waits for it and downloads its log; a large customer
   * import runs as several jobs one after the other. The future fails with the exceptions {@code
   * run} throws. Checking the CSV files and writing each ZIP (to a temporary file) is local file
   * work done on the SDK's completion executor; nothing waits on the network. Cancelling the future
   * stops the polling and cancels the upload or download in flight (a partial log is removed, the
   * temporary ZIPs too); a job Kibo already runs goes on there. The future then fails with a
   * {@link io.commerceclients.kibo.importexport.KiboImportCancelledException} (a {@code
   * CancellationException}) saying which jobs completed, which job goes on and which rows were not
   * sent.
   */
  CompletableFuture<ImportResult> run(ImportRequest request);
}

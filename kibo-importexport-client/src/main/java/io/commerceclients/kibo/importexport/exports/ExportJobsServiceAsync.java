package io.commerceclients.kibo.importexport.exports;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ExportJobsService}: the same operations, returning futures that
 * fail with the exceptions the blocking methods throw (these methods never throw). Waiting blocks
 * no thread: each poll is an asynchronous call and each interval is scheduled. Cancelling a future
 * cancels the call in flight or stops the polling; a job Kibo already runs goes on.
 */
public interface ExportJobsServiceAsync {

  /** Creates an export job, as {@link ExportJobsService#create}. */
  CompletableFuture<ExportJob> create(CreateExportJobRequest request);

  /** Reads an export job; a failed job is returned normally. */
  CompletableFuture<ExportJob> get(String jobId);

  /** Reads an export job trimmed to Kibo's {@code responseFields} (null or blank: every field). */
  CompletableFuture<ExportJob> get(String jobId, String responseFields);

  /** Deletes an export job. */
  CompletableFuture<Void> delete(String jobId);

  /** Returns one page of export jobs. */
  CompletableFuture<List<ExportJob>> list(ListJobsRequest request);

  /**
   * Returns every export job from {@code request}'s start index on, fetched page by page as the
   * listing is consumed; invalid arguments fail its futures with a {@link
   * io.commerceclients.core.validation.ValidationException}.
   */
  AsyncPagedIterable<ExportJob> listAll(ListJobsRequest request);

  /** Polls the job with the client's polling options until it succeeds and its export file has appeared. */
  CompletableFuture<ExportJob> waitForCompletion(String jobId);

  /** Polls the job as {@code wait} says, as {@link #waitForCompletion(String)}. */
  CompletableFuture<ExportJob> waitForCompletion(String jobId, JobWait<ExportJob> wait);

  /**
   * Exports in one call, as {@link ExportJobsService#run(ExportRequest)}: creates the job, waits for
   * it, fetches a public link and streams the ZIP to the target (on OkHttp's thread for the
   * download), then extracts it if asked (local file work on the SDK's completion executor). The
   * future fails with the exceptions {@code run} throws. Cancelling it stops the polling (the job
   * goes on in Kibo) or cancels the download in flight, whose partial file is removed: the target
   * is written only once the download is complete.
   */
  CompletableFuture<ExportResult> run(ExportRequest request);
}

package io.commerceclients.kibo.importexport.exports;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kibo's export jobs. Every method throws {@link io.commerceclients.core.error.ApiException}
 * subclasses for error answers, and {@link io.commerceclients.core.validation.ValidationException}
 * for bad arguments before anything is sent.
 */
public interface ExportJobsService {

  /**
   * Creates an export job; Kibo starts it at once. The returned job always has an id.
   *
   * @throws io.commerceclients.core.error.ProtocolException if Kibo's answer lacks the job id
   */
  ExportJob create(CreateExportJobRequest request);

  /** Reads an export job; a failed job is returned normally (check {@link ExportJob#isFailed()}). */
  ExportJob get(String jobId);

  /**
   * Reads an export job trimmed to Kibo's {@code responseFields} (for example {@code
   * id,status,isComplete}); a null or blank list returns every field.
   */
  ExportJob get(String jobId, @Nullable String responseFields);

  /** Deletes an export job. */
  void delete(String jobId);

  /** Returns one page of export jobs. */
  List<ExportJob> list(ListJobsRequest request);

  /** Returns every export job from {@code request}'s start index on, fetched lazily page by page. */
  PagedIterable<ExportJob> listAll(ListJobsRequest request);

  /**
   * Polls the job with the client's polling options until it succeeds and its export file has
   * appeared, and returns it.
   *
   * @throws io.commerceclients.kibo.importexport.KiboJobFailedException if the job failed
   * @throws io.commerceclients.core.polling.PollTimeoutException if it did not finish in time
   */
  ExportJob waitForCompletion(String jobId);

  /** Polls the job as {@code wait} says, as {@link #waitForCompletion(String)}. */
  ExportJob waitForCompletion(String jobId, JobWait<ExportJob> wait);

  /**
   * Exports in one call: creates the job, waits for it, fetches a public link to its ZIP, streams
   * the ZIP to the target path and, if asked, extracts its CSV files.
   *
   * @throws io.commerceclients.kibo.importexport.KiboJobFailedException if the job failed
   * @throws io.commerceclients.core.polling.PollTimeoutException if it did not finish in time
   * @throws io.commerceclients.kibo.importexport.csv.UnsafeZipException if the ZIP cannot be
   *     extracted within {@link ExportRequest#unzipLimits()} or would write outside the directory
   *     (the downloaded ZIP stays at the target path)
   */
  ExportResult run(ExportRequest request);
}

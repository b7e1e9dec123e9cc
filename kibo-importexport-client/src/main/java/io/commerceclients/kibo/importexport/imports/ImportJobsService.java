package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kibo's import jobs. Every method throws {@link io.commerceclients.core.error.ApiException}
 * subclasses for error answers, and {@link io.commerceclients.core.validation.ValidationException}
 * for bad arguments before anything is sent.
 */
public interface ImportJobsService {

  /**
   * Creates an import job that reads an uploaded ZIP; Kibo starts it at once. The returned job
   * always has an id.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the request is incomplete,
   *     or imports {@code ProductImages} without a context override
   * @throws io.commerceclients.core.error.ProtocolException if Kibo's answer lacks the job id
   */
  ImportJob create(CreateImportJobRequest request);

  /** Reads an import job; a failed job is returned normally (check {@link ImportJob#isFailed()}). */
  ImportJob get(String jobId);

  /**
   * Reads an import job trimmed to Kibo's {@code responseFields} (for example {@code
   * id,status,isComplete}); a null or blank list returns every field.
   */
  ImportJob get(String jobId, @Nullable String responseFields);

  /** Deletes an import job. */
  void delete(String jobId);

  /** Returns one page of import jobs. */
  List<ImportJob> list(ListJobsRequest request);

  /** Returns every import job from {@code request}'s start index on, fetched lazily page by page. */
  PagedIterable<ImportJob> listAll(ListJobsRequest request);

  /**
   * Polls the job with the client's polling options until it succeeds, and returns it.
   *
   * @throws io.commerceclients.kibo.importexport.KiboJobFailedException if the job failed
   * @throws io.commerceclients.core.polling.PollTimeoutException if it did not finish in time
   */
  ImportJob waitForCompletion(String jobId);

  /** Polls the job as {@code wait} says until it succeeds, as {@link #waitForCompletion(String)}. */
  ImportJob waitForCompletion(String jobId, JobWait<ImportJob> wait);

  /**
   * Imports CSV files in one call: zips them (streamed to a temporary file) unless given a ZIP,
   * uploads the ZIP, creates the job, waits for it, and downloads its log. A customer import of
   * more than {@link ImportRequest#maxCustomerRecordsPerJob()} records runs as several such jobs,
   * one after the other, each with consecutive rows in Kibo's processing order.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the source, a CSV header, a
   *     customer CSV row or the context override of a {@code ProductImages} import is invalid
   *     (nothing is uploaded then)
   * @throws io.commerceclients.kibo.importexport.KiboJobFailedException if the job failed; its
   *     {@code log()} is the downloaded log
   * @throws io.commerceclients.core.polling.PollTimeoutException if it did not finish in time
   * @throws io.commerceclients.kibo.importexport.KiboImportStoppedException if an import split into
   *     several jobs stopped at one of them (its cause is one of the above); it lists the rows
   *     imported, sent but not completed, and not sent
   */
  ImportResult run(ImportRequest request);
}

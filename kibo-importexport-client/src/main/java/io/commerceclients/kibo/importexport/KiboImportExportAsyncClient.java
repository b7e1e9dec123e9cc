package io.commerceclients.kibo.importexport;

import io.commerceclients.kibo.importexport.batch.BatchJobsServiceAsync;
import io.commerceclients.kibo.importexport.exports.ExportJobsServiceAsync;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.imports.ImportJobsServiceAsync;

/**
 * The asynchronous twin of {@link KiboImportExportClient}, from {@link KiboImportExportClient#async()}:
 * every operation returns a {@code CompletableFuture} built on OkHttp's asynchronous calls. No
 * thread waits on the network, on a retry's backoff, on a job poll's interval or for the OAuth
 * token (fetched with a future before each call is sent, one fetch shared with blocking callers).
 * Futures complete on the SDK's completion threads ({@code commerce-clients-async}), never on
 * OkHttp's threads, so a continuation that blocks holds up no other future; they fail with the
 * same typed exceptions as the blocking client, a validation error included (these methods never
 * throw).
 *
 * <p>Cancelling a future cancels the request in flight, the retry or the poll waiting, and every
 * later step; it does not undo what Kibo already received (an upload, a created job, which goes
 * on). Cancel the future the SDK returned: cancelling a stage derived from it ({@code thenApply}
 * ...) does not reach the SDK, and {@code orTimeout} leaves the call running (use {@code
 * withOptions(o -> o.timeout(...))} instead).
 */
public interface KiboImportExportAsyncClient {

  /** Returns the Files API: upload, download, public links. */
  FilesServiceAsync files();

  /** Returns the import jobs. */
  ImportJobsServiceAsync imports();

  /** Returns the export jobs. */
  ExportJobsServiceAsync exports();

  /** Returns the batch jobs. */
  BatchJobsServiceAsync batchJobs();
}

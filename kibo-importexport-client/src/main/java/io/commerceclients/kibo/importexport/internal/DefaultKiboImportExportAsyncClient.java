package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.batch.BatchJobsServiceAsync;
import io.commerceclients.kibo.importexport.exports.ExportJobsServiceAsync;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.imports.ImportJobsServiceAsync;

/** The asynchronous services of a client or a view, on its {@link KiboCalls}. */
final class DefaultKiboImportExportAsyncClient implements KiboImportExportAsyncClient {
  private final FilesServiceAsync files;
  private final ImportJobsServiceAsync imports;
  private final ExportJobsServiceAsync exports;
  private final BatchJobsServiceAsync batchJobs;

  DefaultKiboImportExportAsyncClient(KiboCalls calls) {
    this.files = new DefaultFilesServiceAsync(calls);
    this.imports = new DefaultImportJobsServiceAsync(calls, files);
    this.exports = new DefaultExportJobsServiceAsync(calls, files);
    this.batchJobs = new DefaultBatchJobsServiceAsync(calls);
  }

  @Override
  public FilesServiceAsync files() {
    return files;
  }

  @Override
  public ImportJobsServiceAsync imports() {
    return imports;
  }

  @Override
  public ExportJobsServiceAsync exports() {
    return exports;
  }

  @Override
  public BatchJobsServiceAsync batchJobs() {
    return batchJobs;
  }
}

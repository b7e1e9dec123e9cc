package io.commerceclients.examples.readme;

import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.batch.KiboBatchJobFailedException;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;

/** The README's Kibo batch-job sample, kept compiling; {@link ReadmeSamplesTest} checks the README against it. */
@SuppressWarnings("unused")
final class KiboBatchSnippets {

  private KiboBatchSnippets() {}

  static void kiboBatchJobs(KiboImportExportClient kibo) {
    BatchJobsService batch = kibo.batchJobs();
    batch.create(CreateBatchJobRequest.builder().code("price-update-june").name("June prices").build());
    // ... the job's items are recorded by catalog calls made for it

    try {
      BatchJobResult result = batch.run(BatchJobRunRequest.builder()
          .code("price-update-june")
          .onProgress(s -> System.out.println(s.status().orElse(null) + ": "
              + s.count(BatchJobItemStatus.COMPLETED) + " of " + s.itemCount() + " items completed"))
          .build());                                   // start, poll the summary, collect the failed items
      for (BatchJobItem item : result.failedItems()) { // Failed, then ValidationFailed, with their errors
        item.errors().forEach(e -> System.out.println(item.itemKey().orElse("?") + ": " + e.describe()));
      }
    } catch (KiboBatchJobFailedException e) {          // the job ended Canceled
      e.summary();                                     // final status and item counts
      e.failedItems();                                 // what failed before it ended
    }
  }
}

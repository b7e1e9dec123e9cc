package io.commerceclients.examples;

import io.commerceclients.examples.support.Console;
import io.commerceclients.examples.support.Stages;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemError;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.BatchJobResourceSummary;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kibo.KiboBatchJobs;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A Kibo batch job from start to end: create it, start it and wait for it in one call with its
 * progress shown, read its summary and every failed item with its errors, then reset and delete it.
 * Runs against an embedded FakeKibo unless the Kibo credentials are set. On the fake the job holds
 * five product changes, two of which fail; on a real tenant items are recorded by catalog calls
 * made for the job (Kibo's Import/Export API has no call that adds them), so the job created here
 * is empty, and it is deleted at the end.
 */
public final class KiboBatchJobExample {

  private KiboBatchJobExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (KiboExampleSupport env = KiboExampleSupport.open()) {
      BatchJobsService batch = env.client.batchJobs();
      String code = env.fake.isPresent() ? "SDK-BATCH-DEMO" : "sdk-batch-" + System.currentTimeMillis() / 1000;

      Console.step("Creating batch job " + code);
      BatchJob job = batch.create(CreateBatchJobRequest.builder().code(code).name("SDK price update").build());
      Console.detail("status", job.status().map(BatchJobStatus::value).orElse("?"));
      Console.detail("available actions", batch.availableActions(code));
      try {
        env.fake.ifPresent(fake -> recordItems(fake, code));

        Console.step("Running the job: start it, wait for it, collect its failed items");
        BatchJobResult result;
        try (Stages progress = new Stages()) {
          result = batch.run(BatchJobRunRequest.builder()
              .code(code)
              .polling(env.polling())
              .onProgress(show(progress.job("batch job")))
              .build());
        }
        report(result);

        Console.step("Resetting the job so that it can be used again");
        BatchJob reset = batch.reset(code);
        Console.detail("status", reset.status().map(BatchJobStatus::value).orElse("?"));
        Console.detail("items", batch.summary(code).itemCount());
        Console.detail("available actions", batch.availableActions(code));
        Console.detail("batch jobs on the tenant (first 5)", batch.listAll(ListBatchJobsRequest.builder().build())
            .stream().limit(5).map(j -> j.code().orElse("?")).collect(Collectors.toList()));
      } finally {
        Console.step("Deleting the job");
        Console.detail("deleted", batch.delete(code).flatMap(BatchJob::code).orElse(code));
      }
    }
  }

  /** On the fake, records five product changes for the job, as catalog calls made for it would. */
  private static void recordItems(FakeKibo fake, String code) {
    Console.step("Recording 5 catalog changes for the job (on the fake; on Kibo, catalog calls made for the job do)");
    KiboBatchJobs jobs = fake.batchJobs();
    jobs.addItem(code, "Products", "SDK-BATCH-001");
    jobs.addItem(code, "Products", "SDK-BATCH-002");
    jobs.addFailedItem(code, "Products", "SDK-BATCH-003", "PRICE_INVALID", "The sale price exceeds the list price");
    jobs.addItem(code, "Pricelistentries", "SDK-BATCH-001@EU");
    jobs.addInvalidItem(code, "Pricelistentries", "SDK-BATCH-002@EU", "currencyCode", "Currency XYZ is not enabled");
  }

  /** Shows the job's status and how many items are done after every poll. */
  private static Consumer<BatchJobSummary> show(Consumer<String> display) {
    return summary -> display.accept(summary.status().map(BatchJobStatus::value).orElse("?") + ", "
        + (summary.itemCount() - summary.count(BatchJobItemStatus.WAITING) - summary.count(BatchJobItemStatus.RUNNING))
        + " of " + summary.itemCount() + " items processed");
  }

  /** Prints the final summary, per resource type, and every failed item with its errors. */
  private static void report(BatchJobResult result) {
    BatchJobSummary summary = result.summary();
    Console.detail("status", summary.status().map(BatchJobStatus::value).orElse("?"));
    for (BatchJobResourceSummary resource : summary.resources()) {
      Console.detail(resource.resourceType().map(Object::toString).orElse("?"), resource.counts().stream()
          .map(c -> c.status().map(Object::toString).orElse("?") + " " + c.count().orElse(0L))
          .collect(Collectors.joining(", ")));
    }
    Console.detail("failed items", result.failedItems().size() + (result.moreFailedItems() ? "+" : ""));
    for (BatchJobItem item : result.failedItems()) {
      for (BatchJobItemError error : item.errors()) {
        Console.note("failed " + item.resourceType().map(Object::toString).orElse("?") + " "
            + item.itemKey().orElse("?") + " (" + item.processingStatus().map(Object::toString).orElse("?") + "): "
            + error.describe());
        error.subErrors().forEach(sub -> Console.note("  caused by " + sub.describe()));
      }
    }
    if (result.allSucceeded()) {
      Console.note("every item succeeded");
    }
  }
}

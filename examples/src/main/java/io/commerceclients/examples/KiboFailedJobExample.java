package io.commerceclients.examples;

import io.commerceclients.examples.support.Console;
import io.commerceclients.examples.support.Stages;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a Kibo import job that fails is reported: a ZIP whose CSV lacks a required column is
 * uploaded as is (the client checks the CSV files it zips itself, not a ZIP you give), Kibo runs
 * the job and ends it {@code errored}, and the client throws {@link KiboJobFailedException} with
 * the status, each resource's details and the job's log, downloaded. Runs against an embedded
 * FakeKibo unless the Kibo credentials are set (on a real tenant the job fails the same way and
 * imports nothing).
 */
public final class KiboFailedJobExample {

  private KiboFailedJobExample() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    try (KiboExampleSupport env = KiboExampleSupport.open()) {
      Path work = Files.createTempDirectory("kibo-failed-job-");
      Path csv = Files.writeString(work.resolve("locationtypes.csv"), "LocationTypeCode\r\nSDK-BROKEN\r\n");
      Path zip = KiboZip.zip(List.of(csv), work.resolve("broken-import.zip"));

      Console.step("Importing a ZIP whose locationtypes.csv lacks the required column LocationTypeName");
      try (Stages progress = new Stages()) {
        env.client.imports().run(ImportRequest.builder()
            .domain(Domain.CATALOG)
            .zipFile(zip)
            .polling(env.polling())
            .logTarget(work.resolve("import-log.csv"))
            .onProgress(KiboExampleSupport.<ImportJob>showStatus(progress.job("import job")))
            .build());
        throw new IllegalStateException("the broken import succeeded");
      } catch (KiboJobFailedException failure) {
        Console.detail("thrown", failure.getClass().getSimpleName());
        Console.detail("message", failure.getMessage());
        Console.detail("job", failure.jobId());
        Console.detail("status", failure.status().orElse("?"));
        failure.statusMessage().ifPresent(m -> Console.detail("status message", m));
        failure.resourceDetails().forEach((resource, details) -> Console.detail("resource " + resource, details));
        Console.detail("log file id", failure.logFileId().orElse("(none)"));
        if (failure.log().isPresent()) {
          Path log = failure.log().get();
          Console.detail("log downloaded to", log);
          try (KiboCsvReader rows = KiboCsvReader.open(log)) {
            for (Map<String, String> row : rows) {
              Console.note("log: " + row);
            }
          }
        }
      }
    }
  }
}

package io.commerceclients.examples.readme;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.KiboImportStoppedException;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboCsv;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The README's Kibo samples, kept compiling; {@link ReadmeSamplesTest} checks the README against them. */
@SuppressWarnings("unused")
final class KiboSnippets {

  private KiboSnippets() {}

  static void kiboQuickstart() throws IOException {
    try (KiboImportExportClient kibo = KiboImportExportClient.fromEnv()) {  // KIBO_TENANT, KIBO_CLIENT_ID, KIBO_SHARED_SECRET

      // 1. Write the CSV files (or bring your own): UTF-8, correct quoting, required fields checked row by row
      Path dir = Files.createTempDirectory("catalog");
      try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS)
          .columns("UPC", "FulfillmentTypes")                        // optional fields after the required ones
          .open(dir.resolve(KiboResource.PRODUCTS.fileName()))) {    // products.csv
        csv.writeRow(Map.ofEntries(
            Map.entry("MasterCatalogName", "Main"), Map.entry("ProductCode", "00042"),
            Map.entry("ProductType", "Base"), Map.entry("ProductUsage", "Standard"),
            Map.entry("ProductName", "T-shirt, \"classic\""), Map.entry("Price", new BigDecimal("19.90")),
            Map.entry("VariationPricingMethod", "Fixed"), Map.entry("PackageWeight", 0.25),
            Map.entry("PackageLength", 30), Map.entry("PackageWidth", 20), Map.entry("PackageHeight", 2),
            Map.entry("UPC", "000123456789"),                                     // leading zeros kept
            Map.entry("FulfillmentTypes", List.of("DirectShip", "InStorePickup")))); // multi-value: CR-separated
      }

      // 2. Import: zip (streamed to a temporary file), upload, create the job, wait, download the log
      ImportResult result = kibo.imports().run(ImportRequest.builder()
          .domain(Domain.CATALOG)
          .directory(dir)                 // or .addCsvFile(path) ..., or .zipFile(existingZip)
          .deleteOmitted(false)           // true = full import: rows missing from the CSV are deleted
          .onUploadProgress((sent, total) -> System.out.println(sent + " of " + total + " bytes uploaded"))
          .onProgress(job -> System.out.println("import " + job.id().orElse("?") + ": " + job.status().orElse("?")))
          .build());
      result.readLog().forEach(System.out::println);        // the job's log, as rows (header -> value)

      // 3. Export: create the job, wait, download the ZIP through a public link (no credentials), unzip
      ExportResult export = kibo.exports().run(ExportRequest.builder()
          .domain(Domain.CATALOG)
          .addResource(ExportResourceRequest.builder()
              .resource(KiboResource.PRODUCTS)
              .addField("UPC")                     // optional fields are exported only when named
              .filter("ProductCode sw 'SHIRT'")    // Kibo filter syntax, optional
              .build())
          .target(Path.of("catalog-export.zip"))
          .unzipTo(Path.of("catalog-export"))
          .onDownloadProgress((got, total) -> System.out.println(got + " of " + total + " bytes downloaded"))
          .build());
      try (KiboCsvReader rows = export.open(KiboResource.PRODUCTS)) {
        for (Map<String, String> row : rows) {      // one map per row, header -> value, streamed
          System.out.println(row.get("ProductCode") + " " + KiboCsv.splitMultiValue(row.get("FulfillmentTypes")));
        }
      }
    }
  }

  static void kiboErrors(KiboImportExportClient kibo, ImportRequest request) {
    try {
      kibo.imports().run(request);
    } catch (KiboJobFailedException e) {   // the job ran and failed (Kibo answers HTTP 200 with status "errored")
      e.status();                          // Optional[errored]
      e.statusMessage();                   // Kibo's statusMessage
      e.resourceDetails();                 // {Products=Row 2: ProductName is required, ...}
      e.log();                             // the job's log CSV, downloaded (to logTarget or a temporary file)
      e.job();                             // the job as last read
    } catch (PollTimeoutException e) {     // still running when the polling timeout passed; the job goes on in Kibo
      e.lastState(ImportJob.class);          // the job as last read
    } catch (KiboImportStoppedException e) { // a customer import split into jobs stopped at one of them
      e.stoppedJobState();                 // CREATED, OUTCOME_UNKNOWN (look for stoppedJobName() first) or NOT_SENT
      e.completedJobs();                   // imported
      e.uncertainRecords();                // may have been imported: check in Kibo before sending them again
      e.unsentRecords();                   // never sent: import them again
    } catch (ApiException e) {             // an HTTP error: NotFoundException, AuthenticationException, ...
      System.out.println(e.getMessage());
    }
  }
}

package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.http.RawResponse;
import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's Kibo sample of per-call options, raw responses and the asynchronous client, run on FakeKibo. */
class KiboCallsSampleTest {

  @RegisterExtension
  static FakeKibo fake = new FakeKibo();

  @Test
  void perCallOptionsRawResponsesAndAsync(@TempDir Path dir, KiboImportExportClient kibo) throws Exception {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(dir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
    }

    // A view with per-call options: same connections, token and tenant host; create it once, reuse it
    KiboImportExportClient patient = kibo.withOptions(o -> o
        .timeout(Duration.ofMinutes(2))               // the whole call, retries included
        .maxRetries(5)
        .header("X-Trace-Id", "catalog-sync-42"));    // sent to Kibo's hosts only

    // Status, headers and request id of a successful call: quote x-vol-correlation in a Kibo ticket
    RawResponse<List<ImportJob>> raw = patient.withRawResponse(k -> k.imports().list(ListJobsRequest.builder().build()));
    System.out.println(raw.statusCode() + " " + raw.requestId().orElse("-"));

    // Asynchronous: no thread waits on the network, a retry, a poll interval or the OAuth token
    KiboImportExportAsyncClient async = kibo.async();
    CompletableFuture<ImportResult> importing = async.imports().run(ImportRequest.builder()
        .domain(Domain.CATALOG).directory(dir).build());     // zip, upload, create, poll, download the log
    // importing.cancel(true) stops the polling and the transfer in flight (the job goes on in Kibo) and
    // fails the future with KiboImportCancelledException, which says what was sent
    CompletableFuture<ExportResult> exporting = importing.thenCompose(imported -> async.exports().run(
        ExportRequest.builder().domain(Domain.CATALOG)
            .addResource(ExportResourceRequest.of(KiboResource.LOCATION_TYPES))
            .target(dir.resolve("location-types.zip")).build()));
    CompletableFuture<Void> listed = async.imports().listAll(ListJobsRequest.builder().build())
        .forEach(job -> System.out.println(job.id().orElse("?") + " " + job.status().orElse("?")));  // page by page

    ExportResult exported = exporting.get(1, TimeUnit.MINUTES);
    listed.get(1, TimeUnit.MINUTES);
    assertEquals(200, raw.statusCode());
    assertTrue(raw.requestId().isPresent());
    assertTrue(exported.job().isSucceeded());
    assertEquals("Warehouse", fake.rows("LocationTypes").get(0).get("LocationTypeName"));
  }
}

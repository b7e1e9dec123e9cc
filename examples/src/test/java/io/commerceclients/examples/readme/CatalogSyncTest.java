package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CatalogSyncTest {

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();              // serves auth, tenant lookup and the API on one port

  @BeforeEach
  void clean() {
    kibo.reset();                                     // no files, jobs, rows or tokens; default settings again
  }

  @Test
  void importsLocationTypes(@TempDir Path dir, KiboImportExportClient client) {   // closed after the test
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(dir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
    }

    client.imports().run(ImportRequest.builder().domain(Domain.CATALOG).directory(dir).build());

    assertEquals(List.of(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse")),
        kibo.rows("LocationTypes"));
  }

  @Test
  void reportsAFailedImport(@TempDir Path dir, KiboImportExportClient client) throws Exception {
    Path csv = Files.writeString(dir.resolve("locationtypes.csv"), "LocationTypeCode\r\nWH\r\n");
    Path zip = KiboZip.zip(List.of(csv), dir.resolve("import.zip"));   // uploaded as is, unchecked

    KiboJobFailedException e = assertThrows(KiboJobFailedException.class, () -> client.imports().run(
        ImportRequest.builder().domain(Domain.CATALOG).zipFile(zip).build()));

    assertEquals("errored", e.status().orElseThrow());
    assertEquals("locationtypes.csv lacks the required column 'LocationTypeName'",
        e.resourceDetails().get("LocationTypes"));
    assertTrue(Files.readString(e.log().orElseThrow()).contains("LocationTypeName"));
  }

  @Test
  void givesUpOnAJobThatDoesNotFinish(@TempDir Path dir) {
    kibo.pollsUntilDone(1_000);                       // reset() puts it back to 2
    KiboImportExportClient.Builder builder = kibo.clientBuilder();   // the fake's host, tenant, credentials; no waits

    try (KiboImportExportClient client = builder.polling(PollingOptions.builder().maxAttempts(5).build()).build()) {
      assertThrows(PollTimeoutException.class, () -> client.exports().run(ExportRequest.builder()
          .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS))
          .target(dir.resolve("catalog.zip")).build()));
    }
    assertEquals(5, kibo.requestCount("GET", "/api/platform/data/export/{id}"));
  }
}

package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.testing.kibo.FakeKibo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CatalogSyncTest {

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  static KiboImportExportClient client() {
    return KiboImportExportClient.builder()
        .authHost(kibo.baseUrl())            // the fake serves auth, tenant lookup and the API
        .tenantId(kibo.tenantId())
        .clientId(kibo.clientId())
        .sharedSecret(kibo.sharedSecret())
        .polling(PollingOptions.builder().interval(Duration.ofMillis(10)).multiplier(1).build())
        .build();
  }

  @Test
  void importsLocationTypes(@TempDir Path dir) {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(dir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
    }

    try (KiboImportExportClient kibo = client()) {
      kibo.imports().run(ImportRequest.builder().domain(Domain.CATALOG).directory(dir).build());
    }

    assertEquals(List.of(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse")),
        kibo.rows("LocationTypes"));
  }

  @Test
  void reportsAFailedImport(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("locationtypes.csv"), "LocationTypeCode\r\nWH\r\n");
    Path zip = KiboZip.zip(List.of(csv), dir.resolve("import.zip"));   // uploaded as is, unchecked

    try (KiboImportExportClient kibo = client()) {
      KiboJobFailedException e = assertThrows(KiboJobFailedException.class, () -> kibo.imports().run(
          ImportRequest.builder().domain(Domain.CATALOG).zipFile(zip).build()));

      assertEquals("errored", e.status().orElseThrow());
      assertEquals("locationtypes.csv lacks the required column 'LocationTypeName'",
          e.resourceDetails().get("LocationTypes"));
      assertTrue(Files.readString(e.log().orElseThrow()).contains("LocationTypeName"));
    }
  }
}

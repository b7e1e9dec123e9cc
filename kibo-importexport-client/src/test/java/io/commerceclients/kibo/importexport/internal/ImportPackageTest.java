package io.commerceclients.kibo.importexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPackageTest {

  @Test
  void customerDirectoryIsZippedAndResourcesOrderedWhateverTheCallerGave(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("CustomerContacts.csv"), "AccountId\r\n1\r\n");
    Files.writeString(dir.resolve("CustomerAccounts.csv"), "Email\r\na@b.c\r\n");
    Files.writeString(dir.resolve("CustomerSegments.csv"), "Code,Name\r\nVIP,Very\r\n");

    ImportRequest request = ImportRequest.builder()
        .domain(Domain.CUSTOMER)
        .directory(dir)
        .addResources(
            ImportResourceRequest.of(KiboResource.CUSTOMER_CONTACTS),
            ImportResourceRequest.of(KiboResource.CUSTOMER_SEGMENTS),
            ImportResourceRequest.of(KiboResource.CUSTOMER_ACCOUNTS))
        .deleteOmitted(false)
        .build();

    Path zip;
    try (ImportPackage pkg = ImportPackage.prepare(request)) {
      zip = pkg.zip();
      assertTrue(KiboZip.isZip(zip));
      assertEquals(
          List.of(KiboResource.CUSTOMER_SEGMENTS, KiboResource.CUSTOMER_ACCOUNTS, KiboResource.CUSTOMER_CONTACTS),
          pkg.resources().stream().map(ImportResourceRequest::resource).toList());
      assertTrue(pkg.resources().stream().allMatch(r -> r.deleteOmitted().equals(java.util.Optional.of(false))));
    }
    assertFalse(Files.exists(zip), "the temporary ZIP is deleted on close");
  }

  @Test
  void resourcesAreInferredFromFileNames(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("locationtypes.csv"), "LocationTypeCode,LocationTypeName\r\nWH,Warehouse\r\n");
    try (ImportPackage pkg = ImportPackage.prepare(
        ImportRequest.builder().domain(Domain.CATALOG).addCsvFile(csv).build())) {
      assertEquals(List.of(ImportResourceRequest.of(KiboResource.LOCATION_TYPES)), pkg.resources());
    }
  }

  @Test
  void missingRequiredColumnFailsBeforeUpload(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("products.csv"), "MasterCatalogName,ProductCode\r\nMain,A\r\n");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
        ImportPackage.prepare(ImportRequest.builder().domain(Domain.CATALOG).addCsvFile(csv).build()));
    assertEquals(
        "csvFiles[0] (products.csv): required column 'ProductType' of Products is missing",
        error.getMessage());
  }

  @Test
  void sourceMustBeExactlyOne(@TempDir Path dir) throws Exception {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
        ImportPackage.prepare(ImportRequest.builder().domain(Domain.CATALOG).build()));
    assertTrue(error.getMessage().startsWith("source: give exactly one of"), error.getMessage());

    Path notZip = Files.writeString(dir.resolve("data.zip"), "not a zip");
    error = assertThrows(IllegalArgumentException.class, () ->
        ImportPackage.prepare(ImportRequest.builder().domain(Domain.CATALOG).zipFile(notZip).build()));
    assertTrue(error.getMessage().endsWith("is not a ZIP file"), error.getMessage());
  }

  @Test
  void unknownFileNameNeedsExplicitResources(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("stuff.csv"), "A\r\n1\r\n");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
        ImportPackage.prepare(ImportRequest.builder().domain(Domain.CATALOG).addCsvFile(csv).build()));
    assertTrue(error.getMessage().contains("stuff.csv: no Kibo resource is named so"), error.getMessage());
  }
}

package io.commerceclients.kibo.importexport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.core.json.Json;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
  private static final ObjectMapper JSON = Json.mapper();

  private static JsonNode sample(String name) throws Exception {
    try (InputStream in = ModelJsonTest.class.getResourceAsStream("/samples/kibo/" + name)) {
      return JSON.readTree(in);
    }
  }

  @Test
  void importJobSampleRoundTrips() throws Exception {
    JsonNode wire = sample("import-job.json");
    ImportJob job = JSON.treeToValue(wire, ImportJob.class);

    assertEquals("b16e3e69-b002-4274-a24e-5daf8eb4377d", job.id().orElseThrow());
    assertEquals("Products Import", job.name().orElseThrow());
    assertEquals("3264d539c46642b38f2abcbd515adcbf", job.requester().orElseThrow());
    assertSame(Domain.CATALOG, job.domain().orElseThrow());
    assertEquals(31271, job.tenant().orElseThrow());
    assertEquals("complete", job.status().orElseThrow());
    assertTrue(job.isComplete().orElseThrow());
    assertEquals(
        OffsetDateTime.of(2025, 10, 3, 18, 15, 37, 734_000_000, ZoneOffset.UTC),
        job.auditInfo().orElseThrow().updateDate().orElseThrow());
    assertEquals(
        OffsetDateTime.of(2025, 10, 3, 18, 15, 37, 51_000_000, ZoneOffset.UTC),
        job.auditInfo().orElseThrow().createDate().orElseThrow());

    ImportResource resource = job.resources().get(0);
    assertSame(KiboResource.PRODUCTS, resource.resource().orElseThrow());
    assertEquals("Legacy", resource.format().orElseThrow());
    assertFalse(resource.deleteOmitted().orElseThrow());
    assertEquals("complete", resource.status().orElseThrow());
    assertTrue(resource.isComplete().orElseThrow());
    assertEquals("Duration: 0.0498721 seconds", resource.stateDetails().orElseThrow());
    assertFalse(resource.allowSyscalcValueUpdates().orElseThrow());

    assertEquals(2, job.files().size());
    DropLocation upload = job.files().get(0);
    assertEquals("e5d7cc84-d0e7-455b-be8a-1a0276b19382", upload.id().orElseThrow());
    assertEquals("internal", upload.locationType().orElseThrow());
    assertEquals("Products.zip", upload.fileName().orElseThrow());
    assertSame(FileType.IMPORT, upload.fileType().orElseThrow());
    assertEquals("a4a16338-c5a9-4c1a-a9f1-a980c7188a61", job.logFile().orElseThrow().id().orElseThrow());

    assertTrue(job.isDone());
    assertTrue(job.isSucceeded());
    assertFalse(job.isFailed());

    assertEquals(wire, JSON.valueToTree(job));
  }

  @Test
  void exportJobListSampleRoundTrips() throws Exception {
    JsonNode wire = sample("export-job-list.json");
    List<ExportJob> jobs = JSON.convertValue(wire, new TypeReference<List<ExportJob>>() {});

    ExportJob job = jobs.get(0);
    assertEquals("12f69402-e8ea-44d4-b2b5-b2d5fe5e9f27", job.id().orElseThrow());
    assertEquals(39668, job.tenant().orElseThrow());
    assertEquals("legacy", job.format().orElseThrow());
    assertEquals("legacy", job.resources().get(0).format().orElseThrow());
    assertEquals("cbcfbbfb-bc4c-4132-ab0a-8a6fe1e2a9cb", job.exportFile().orElseThrow().id().orElseThrow());
    assertEquals("catalog_export.zip", job.exportFile().orElseThrow().fileName().orElseThrow());
    assertTrue(job.logFile().isEmpty());
    assertTrue(job.isSucceeded());

    assertEquals(wire, JSON.valueToTree(jobs));
  }

  @Test
  void createExportRequestMatchesTheGuidesPayload() throws Exception {
    CreateExportJobRequest request =
        CreateExportJobRequest.builder()
            .name("Export")
            .domain(Domain.CATALOG)
            .addResource(
                ExportResourceRequest.builder().resource(KiboResource.PRODUCTS).format("legacy").build())
            .format("legacy")
            .build();

    assertEquals(sample("create-export-request.json"), JSON.valueToTree(request));
    assertEquals(request, JSON.treeToValue(sample("create-export-request.json"), CreateExportJobRequest.class));
  }

  @Test
  void createCustomerImportRequestMatchesTheGuidesPayload() throws Exception {
    CreateImportJobRequest request =
        CreateImportJobRequest.builder()
            .name("Customer Import")
            .domain(Domain.CUSTOMER)
            .addResources(
                ImportResourceRequest.builder()
                    .resource(KiboResource.CUSTOMER_ACCOUNTS)
                    .deleteOmitted(false)
                    .build(),
                ImportResourceRequest.builder()
                    .resource(KiboResource.CUSTOMER_CONTACTS)
                    .deleteOmitted(false)
                    .build())
            .addFile(DropLocation.ofId("<uploaded-file-id>"))
            .build();

    assertEquals(sample("create-customer-import-request.json"), JSON.valueToTree(request));
  }

  @Test
  void createCatalogImportRequestWithContextOverrideRoundTrips() throws Exception {
    JsonNode wire = sample("create-catalog-import-request.json");
    CreateImportJobRequest request = JSON.treeToValue(wire, CreateImportJobRequest.class);

    ContextOverride context = request.contextOverride().orElseThrow();
    assertEquals("en-US", context.locale().orElseThrow());
    assertEquals("USD", context.currency().orElseThrow());
    assertEquals(2, context.masterCatalog().orElseThrow());
    assertEquals(5, context.catalog().orElseThrow());
    assertEquals(54321, context.site().orElseThrow());
    assertSame(KiboResource.PRODUCTS, request.resources().get(0).resource());
    assertEquals(wire, JSON.valueToTree(request));
  }

  @Test
  void statusRulesFollowKibosConventions() {
    ImportJob errored = ImportJob.builder().id("j").status("Errored").isComplete(true).build();
    assertTrue(errored.isFailed());
    assertFalse(errored.isSucceeded());
    assertTrue(errored.isDone());

    ImportJob failedNotComplete = ImportJob.builder().id("j").status("FAILED").build();
    assertTrue(failedNotComplete.isFailed());
    assertTrue(failedNotComplete.isDone());

    ImportJob processing = ImportJob.builder().id("j").status("processing").isComplete(false).build();
    assertFalse(processing.isDone());
    assertFalse(processing.isFailed());
    assertFalse(processing.isSucceeded());

    ImportJob completeWithFailedResource =
        ImportJob.builder()
            .id("j")
            .status("complete")
            .isComplete(true)
            .addResource(
                ImportResource.builder()
                    .resource(KiboResource.PRODUCTS)
                    .status("errored")
                    .stateDetails("row 3: ProductName missing")
                    .build())
            .build();
    assertTrue(completeWithFailedResource.isFailed());
    assertFalse(completeWithFailedResource.isSucceeded());
  }

  @Test
  void unknownValuesSurvive() throws Exception {
    ImportJob job =
        JSON.readValue(
            "{\"id\":\"x\",\"domain\":\"orders\",\"resources\":[{\"resource\":\"Widgets\"}],"
                + "\"files\":[{\"id\":\"f\",\"fileType\":\"report\"}],\"brandNew\":1}",
            ImportJob.class);

    assertEquals("orders", job.domain().orElseThrow().value());
    assertFalse(job.domain().orElseThrow().isKnown());
    assertEquals("Widgets", job.resources().get(0).resource().orElseThrow().value());
    assertTrue(job.resources().get(0).resource().orElseThrow().requiredFields().isEmpty());
    assertEquals("report", job.files().get(0).fileType().orElseThrow().value());
  }

  @Test
  void errorBodyParses() throws Exception {
    KiboError error =
        JSON.readValue(
            "{\"message\":\"Job not found\",\"errorCode\":\"JOB_NOT_FOUND\",\"applicationName\":\"ImportExport\","
                + "\"additionalErrorData\":[{\"name\":\"id\",\"value\":\"x\"}],\"items\":[]}",
            KiboError.class);

    assertEquals("JOB_NOT_FOUND", error.errorCode().orElseThrow());
    assertEquals("Job not found", error.message().orElseThrow());
    assertEquals("x", error.additionalErrorData().get(0).get("value"));
  }
}

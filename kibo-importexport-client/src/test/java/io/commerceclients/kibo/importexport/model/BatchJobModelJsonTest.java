package io.commerceclients.kibo.importexport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.core.json.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The batch-job models read every answer Kibo's spec allows: full ones, nulls wherever it says nullable, new enum values. */
class BatchJobModelJsonTest {
  private static final ObjectMapper JSON = Json.mapper();

  private static final String FULL_ITEMS = "{\"startIndex\":0,\"pageSize\":20,\"pageCount\":1,\"totalCount\":1,\"items\":[{"
      + "\"batchJobCode\":\"B1\",\"masterCatalog\":1,\"siteId\":7,\"catalogId\":2,\"retryCount\":1,\"itemKey\":\"P1\","
      + "\"processingStatus\":\"ValidationFailed\",\"status\":400,\"errors\":[{\"code\":\"VALIDATION_ERROR\","
      + "\"itemKeys\":[{\"key\":\"productCode\",\"value\":\"P1\"}],\"message\":\"Invalid\",\"field\":\"price\","
      + "\"longMessage\":\"Price must be positive\",\"subErrors\":[{\"code\":\"SUB\",\"itemKeys\":[],\"message\":\"m\","
      + "\"field\":\"price.amount\",\"subErrors\":[]}]}],\"uri\":\"/api/commerce/catalog/admin/products/P1\","
      + "\"resourceType\":\"Products\",\"query\":\"responseFields=productCode\",\"localeCode\":\"en-US\",\"currencyCode\":\"USD\","
      + "\"dataViewMode\":2,\"httpMethod\":\"PUT\",\"correlationId\":\"c1\",\"auditInfo\":{\"updateDate\":\"2025-06-01T10:00:00Z\","
      + "\"createDate\":\"2025-06-01T09:00:00Z\",\"updateBy\":\"u\",\"createBy\":\"u\"}}]}";

  @Test
  void aFullItemResultSetRoundTrips() throws Exception {
    JsonNode wire = JSON.readTree(FULL_ITEMS);
    BatchJobItemResultSet set = JSON.treeToValue(wire, BatchJobItemResultSet.class);

    BatchJobItem item = set.items().get(0);
    assertEquals(1, set.totalCount().orElseThrow());
    assertSame(BatchJobItemStatus.VALIDATION_FAILED, item.processingStatus().orElseThrow());
    assertTrue(item.failed());
    assertEquals(400, item.status().orElseThrow());
    assertEquals(2, item.dataViewMode().orElseThrow());
    assertEquals(7, item.siteId().orElseThrow());
    assertSame(BatchResourceType.PRODUCTS, item.resourceType().orElseThrow());
    assertEquals("Price must be positive", item.errors().get(0).longMessage().orElseThrow());
    assertEquals("price.amount", item.errors().get(0).subErrors().get(0).field().orElseThrow());
    assertEquals(OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC), item.auditInfo().orElseThrow().createDate().orElseThrow());
    assertEquals(wire, JSON.readTree(JSON.writeValueAsString(set)));
  }

  @Test
  void everyNullableFieldMayBeNull() throws Exception {
    BatchJob job = JSON.readValue("{\"tenantId\":1,\"code\":null,\"name\":null,\"scheduledDate\":null,\"dateStarted\":null,"
        + "\"auditInfo\":null,\"domain\":null,\"status\":null}", BatchJob.class);
    BatchJobSummaryCollection summaries = JSON.readValue("{\"startIndex\":0,\"pageSize\":20,\"pageCount\":0,\"totalCount\":0,"
        + "\"items\":[{\"code\":null,\"name\":null,\"scheduledDate\":null,\"dateStarted\":null,\"status\":null,"
        + "\"resources\":[{\"resourceType\":null,\"counts\":null}]}]}", BatchJobSummaryCollection.class);
    BatchJobItem item = JSON.readValue("{\"batchJobCode\":null,\"masterCatalog\":null,\"siteId\":null,\"catalogId\":null,"
        + "\"retryCount\":null,\"itemKey\":null,\"processingStatus\":null,\"status\":null,\"errors\":null,\"uri\":null,"
        + "\"resourceType\":null,\"query\":null,\"localeCode\":null,\"currencyCode\":null,\"dataViewMode\":null,"
        + "\"httpMethod\":null,\"correlationId\":null,\"auditInfo\":null}", BatchJobItem.class);
    BatchJobItemError error = JSON.readValue("{\"code\":null,\"itemKeys\":null,\"message\":null,\"field\":null,"
        + "\"longMessage\":null,\"subErrors\":null}", BatchJobItemError.class);
    BatchJobCollection empty = JSON.readValue("{\"items\":null}", BatchJobCollection.class);

    assertTrue(job.code().isEmpty());
    assertTrue(job.status().isEmpty());
    assertEquals(0, summaries.items().get(0).itemCount());
    assertTrue(summaries.items().get(0).resources().get(0).counts().isEmpty());
    assertTrue(item.errors().isEmpty());
    assertFalse(item.failed());
    assertEquals("(no message)", error.describe());
    assertTrue(empty.items().isEmpty());
    assertTrue(empty.totalCount().isEmpty());
  }

  @Test
  void valuesKiboAddsLaterSurvive() throws Exception {
    BatchJobSummary summary = JSON.readValue("{\"status\":\"Paused\",\"resources\":[{\"resourceType\":\"Inventory\","
        + "\"counts\":[{\"status\":\"Skipped\",\"count\":4},{\"status\":\"Failed\",\"count\":1}]}]}", BatchJobSummary.class);

    assertFalse(summary.status().orElseThrow().isKnown());
    assertEquals("Paused", summary.status().orElseThrow().value());
    assertEquals("Inventory", summary.resources().get(0).resourceType().orElseThrow().value());
    assertEquals(4, summary.count(BatchJobItemStatus.of("Skipped")));
    assertEquals(5, summary.itemCount());
    assertEquals(1, summary.failedItemCount());
    assertEquals("{\"status\":\"Paused\",\"resources\":[{\"resourceType\":\"Inventory\",\"counts\":[{\"status\":\"Skipped\","
        + "\"count\":4},{\"status\":\"Failed\",\"count\":1}]}]}", JSON.writeValueAsString(summary));
  }

  @Test
  void statusRulesIgnoreCaseAndKnowTheEnds() {
    assertTrue(BatchJobStatus.COMPLETED.isCompleted());
    assertTrue(BatchJobStatus.of("completed").isCompleted());
    assertTrue(BatchJobStatus.CANCELED.isFailedEnd());
    assertTrue(BatchJobStatus.of("Cancelled").isFailedEnd());
    assertTrue(BatchJobStatus.of("FAILED").isFailedEnd());
    assertTrue(BatchJobStatus.READY.isInProgress() && BatchJobStatus.PENDING.isInProgress() && BatchJobStatus.RUNNING.isInProgress());
    BatchJobStatus paused = BatchJobStatus.of("Paused");
    assertFalse(paused.isCompleted() || paused.isFailedEnd() || paused.isInProgress());
    assertTrue(BatchJobItemStatus.of("validationfailed").isFailure());
    assertFalse(BatchJobItemStatus.CANCELLED.isFailure());
  }

  @Test
  void requestsSendOnlyWhatIsSet() throws Exception {
    assertEquals("{\"domain\":\"Catalog\"}", JSON.writeValueAsString(CreateBatchJobRequest.builder().build()));
    assertEquals("{\"code\":\"B1\",\"name\":\"Prices\",\"domain\":\"Catalog\",\"scheduledDate\":\"2025-06-02T08:00:00+02:00\"}",
        JSON.writeValueAsString(CreateBatchJobRequest.builder().code("B1").name("Prices")
            .scheduledDate(OffsetDateTime.of(2025, 6, 2, 8, 0, 0, 0, ZoneOffset.ofHours(2))).build()));
    assertEquals("{\"code\":\"B1\",\"name\":\"June\"}",
        JSON.writeValueAsString(UpdateBatchJobRequest.builder().code("B1").name("June").build()));
  }
}

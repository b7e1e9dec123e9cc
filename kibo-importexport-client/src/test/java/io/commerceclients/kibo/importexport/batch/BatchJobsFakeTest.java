package io.commerceclients.kibo.importexport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.support.MutableClock;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemError;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.BatchResourceType;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The batch-job service against the stateful FakeKibo: lifecycle, paging, items and the one-call run. */
class BatchJobsFakeTest {
  private static final String BATCH = "/api/platform/data/batchJob";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private final List<Duration> sleeps = new ArrayList<>();
  private final MutableClock clock = new MutableClock();
  private KiboImportExportClient client;

  private BatchJobsService batch() {
    if (client == null) {
      client = KiboImportExportClient.builder()
          .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
          .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
          .clock(clock)
          .sleeper(d -> {
            sleeps.add(d);
            clock.advance(d);
          })
          .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
          .build();
    }
    return client.batchJobs();
  }

  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  private List<String> batchRequests() {
    return kibo.requests(r -> r.path().startsWith(BATCH)).stream()
        .map(r -> r.method() + " " + r.path().substring(BATCH.length()) + (r.rawQuery() == null ? "" : "?" + r.rawQuery()))
        .collect(Collectors.toList());
  }

  private void create(String code) {
    batch().create(CreateBatchJobRequest.builder().code(code).name("Job " + code).build());
  }

  @Test
  void createReadRenameListAndDeleteAJob() {
    BatchJob created = batch().create(CreateBatchJobRequest.builder().code("B1").name("Prices").build());
    BatchJob renamed = batch().update(UpdateBatchJobRequest.builder().code("B1").name("Prices June").build());

    assertSame(BatchJobStatus.READY, created.status().orElseThrow());
    assertEquals(kibo.tenantId(), created.tenantId().orElseThrow().longValue());
    assertTrue(created.dateStarted().isEmpty());
    assertEquals(kibo.clientId(), created.auditInfo().orElseThrow().createBy().orElseThrow());
    assertEquals("Prices June", renamed.name().orElseThrow());
    assertEquals("Prices June", batch().get("B1").name().orElseThrow());
    assertEquals(List.of(BatchJobActionType.START, BatchJobActionType.CANCEL), batch().availableActions("B1"));
    assertEquals(List.of("B1"), batch().list(ListBatchJobsRequest.firstPage()).items().stream()
        .map(j -> j.code().orElseThrow()).collect(Collectors.toList()));
    BatchJobSummary summary = batch().summaries(ListBatchJobsRequest.firstPage()).items().get(0);
    assertEquals(0, summary.itemCount());
    assertTrue(summary.resources().isEmpty());

    assertEquals("Prices June", batch().delete("B1").orElseThrow().name().orElseThrow());
    NotFoundException gone = assertThrows(NotFoundException.class, () -> batch().get("B1"));
    assertEquals("ITEM_NOT_FOUND", gone.errorCode().orElseThrow());
    assertTrue(batch().list(ListBatchJobsRequest.firstPage()).items().isEmpty());
  }

  @Test
  void actionsFollowTheJobsStatusAndAWrongOneIsAConflict() {
    create("B1");
    kibo.batchJobs().addItem("B1", "Products", "P1");

    ConflictException refused = assertThrows(ConflictException.class, () -> batch().reset("B1"));
    assertEquals("VALIDATION_CONFLICT", refused.errorCode().orElseThrow());
    assertSame(BatchJobStatus.PENDING, batch().start("B1").status().orElseThrow());
    assertEquals(List.of(BatchJobActionType.CANCEL), batch().availableActions("B1"));
    assertSame(BatchJobStatus.CANCELED, batch().cancel("B1").status().orElseThrow());
    assertEquals(List.of(BatchJobActionType.RESET), batch().availableActions("B1"));
    assertSame(BatchJobItemStatus.CANCELLED, batch().items("B1", BatchJobItemsFilter.all()).items().get(0)
        .processingStatus().orElseThrow());
    assertSame(BatchJobStatus.READY, batch().reset("B1").status().orElseThrow());
    assertTrue(batch().items("B1", BatchJobItemsFilter.all()).items().isEmpty());
  }

  @Test
  void listAllAndSummariesAllReadEveryJobPageByPage() {
    for (int i = 0; i < 7; i++) {
      create("J" + i);
    }

    List<String> codes = batch().listAll(ListBatchJobsRequest.builder().pageSize(3).build()).stream()
        .map(j -> j.code().orElseThrow()).collect(Collectors.toList());
    List<String> fromTwo = batch().summariesAll(ListBatchJobsRequest.builder().startIndex(2).pageSize(3).includeCount(true)
        .build()).stream().map(s -> s.code().orElseThrow()).collect(Collectors.toList());

    assertEquals(List.of("J0", "J1", "J2", "J3", "J4", "J5", "J6"), codes);
    assertEquals(List.of("J2", "J3", "J4", "J5", "J6"), fromTwo);
    assertEquals(List.of(
        "GET ?pageSize=3&startIndex=0", "GET ?pageSize=3&startIndex=3", "GET ?pageSize=3&startIndex=6",
        "GET /actions/summaries?pageSize=3&startIndex=2&includeCount=true",
        "GET /actions/summaries?pageSize=3&startIndex=5&includeCount=true"),
        batchRequests().subList(7, batchRequests().size()));
  }

  @Test
  void itemsAreFilteredByStatusAndResourceAndPagedLazily() {
    create("B1");
    for (int i = 0; i < 450; i++) {
      kibo.batchJobs().addItem("B1", i % 3 == 0 ? "Pricelistentries" : "Products", "P" + i);
    }
    String failed = kibo.batchJobs().addFailedItem("B1", "Products", "BAD", "PRICE_INVALID", "Price is invalid");
    kibo.batchJobs().pollsUntilDone(1);
    batch().start("B1");
    batch().get("B1");
    kibo.clearRequests();

    long entries = batch().itemsAll("B1", BatchJobItemsFilter.builder().pageSize(200)
        .resourceType(BatchResourceType.PRICE_LIST_ENTRIES).build()).stream().count();
    List<BatchJobItem> first = batch().itemsAll("B1", BatchJobItemsFilter.builder().pageSize(200).build())
        .stream().limit(5).collect(Collectors.toList());
    BatchJobItem bad = batch().item("B1", failed).orElseThrow();

    assertEquals(150, entries);
    assertEquals("P0", first.get(0).itemKey().orElseThrow());
    assertEquals("PRICE_INVALID: Price is invalid", bad.errors().get(0).describe());
    assertSame(BatchJobItemStatus.FAILED, bad.processingStatus().orElseThrow());
    assertEquals(List.of(
        "POST /actions/B1/items?pageSize=200&startIndex=0&resourceType=Pricelistentries",
        "POST /actions/B1/items?pageSize=200&startIndex=0",
        "POST /actions/B1/items/" + failed), batchRequests());
    assertThrows(NotFoundException.class, () -> batch().item("B1", "unknown"));
  }

  @Test
  void runOfAJobWhoseItemsAllCompleteReportsNoFailure() {
    create("B1");
    kibo.batchJobs().addItem("B1", "Products", "P1");
    kibo.batchJobs().addItem("B1", "ProductProperty", "P1-color");
    List<String> progress = new ArrayList<>();

    BatchJobResult result = batch().run(BatchJobRunRequest.builder().code("B1")
        .onProgress(s -> progress.add(s.status().orElseThrow() + ": " + s.count(BatchJobItemStatus.COMPLETED)
            + " of " + s.itemCount()))
        .build());

    assertTrue(result.allSucceeded());
    assertSame(BatchJobStatus.PENDING, result.started().status().orElseThrow());
    assertEquals(2, result.summary().count(BatchJobItemStatus.COMPLETED));
    assertEquals(List.of("Running: 0 of 2", "Completed: 2 of 2"), progress);
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    assertEquals(List.of("POST /actions/B1", "GET /actions/B1/summary", "GET /actions/B1/summary",
        "POST /actions/B1/items?pageSize=200&startIndex=0&processingStatus=Failed",
        "POST /actions/B1/items?pageSize=200&startIndex=0&processingStatus=ValidationFailed"),
        batchRequests().subList(1, batchRequests().size()));
    RecordedRequest start = kibo.requests(r -> r.path().equals(BATCH + "/actions/B1")).get(0);
    assertEquals("{\"action\":\"Start\"}", start.bodyText());
    assertTrue(start.header("Authorization").orElseThrow().startsWith("Bearer fake-"));
  }

  @Test
  void runReportsEveryFailedItemWithItsErrors() {
    create("B1");
    kibo.batchJobs().addItem("B1", "Products", "P1");
    kibo.batchJobs().addFailedItem("B1", "Products", "P2", "PRICE_INVALID", "Price is invalid");
    kibo.batchJobs().addInvalidItem("B1", "Pricelistentries", "E1", "price", "Price is required");
    kibo.batchJobs().addFailedItem("B1", "Products", "P3", "ITEM_NOT_FOUND", "No product P3");

    BatchJobResult result = batch().run("B1");

    assertSame(BatchJobStatus.COMPLETED, result.summary().status().orElseThrow());
    assertEquals(3, result.summary().failedItemCount());
    assertEquals(List.of("P2", "P3", "E1"), result.failedItems().stream().map(i -> i.itemKey().orElseThrow())
        .collect(Collectors.toList()));
    BatchJobItemError invalid = result.failedItems().get(2).errors().get(0);
    assertEquals("VALIDATION_ERROR: Price is required (price)", invalid.describe());
    assertEquals("MISSING_OR_INVALID_PARAMETER: price is invalid (price)", invalid.subErrors().get(0).describe());
    assertEquals("E1", invalid.itemKeys().get(0).value().orElseThrow());
    assertFalse(result.moreFailedItems());
    assertFalse(result.allSucceeded());
  }

  @Test
  void runCollectsAtMostMaxFailedItemsAndSaysThereAreMore() {
    create("B1");
    for (int i = 0; i < 5; i++) {
      kibo.batchJobs().addFailedItem("B1", "Products", "P" + i, "E", "bad " + i);
    }

    BatchJobResult result = batch().run(BatchJobRunRequest.builder().code("B1").maxFailedItems(3).build());

    assertEquals(3, result.failedItems().size());
    assertTrue(result.moreFailedItems());
    assertEquals(5, result.summary().failedItemCount());
  }

  @Test
  void aJobThatEndsCanceledThrowsWithItsSummaryAndFailedItems() {
    create("B1");
    kibo.batchJobs().addFailedItem("B1", "Products", "P1", "PRICE_INVALID", "Price is invalid");
    kibo.batchJobs().addItem("B1", "Products", "P2");
    kibo.batchJobs().addItem("B1", "Products", "P3");
    kibo.batchJobs().endAs("B1", "Canceled");

    KiboBatchJobFailedException e = assertThrows(KiboBatchJobFailedException.class, () -> batch().run("B1"));

    assertSame(BatchJobStatus.CANCELED, e.status().orElseThrow());
    assertEquals(1, e.summary().count(BatchJobItemStatus.COMPLETED));
    assertEquals(1, e.summary().count(BatchJobItemStatus.CANCELLED));
    assertEquals(List.of("P1"), e.failedItems().stream().map(i -> i.itemKey().orElseThrow()).collect(Collectors.toList()));
    assertEquals("batch job B1 ended with status Canceled (1 of 3 items completed); 1 failed item(s);"
        + " P1: PRICE_INVALID: Price is invalid", e.getMessage());
  }

  @Test
  void aJobThatDoesNotEndInTimeTimesOutAndGoesOnOnTheServer() {
    create("B1");
    kibo.batchJobs().pollsUntilDone(Integer.MAX_VALUE);

    PollTimeoutException e = assertThrows(PollTimeoutException.class, () -> batch().run(BatchJobRunRequest.builder()
        .code("B1").polling(PollingOptions.builder().interval(Duration.ofSeconds(5)).multiplier(1)
            .timeout(Duration.ofSeconds(12)).build()).build()));

    assertTrue(e.getMessage().contains("batch job B1 (status Running) did not finish within PT12S"), e.getMessage());
    assertEquals("Running", kibo.batchJobs().status("B1").orElseThrow());
    assertSame(BatchJobStatus.RUNNING, e.lastState(BatchJobSummary.class).orElseThrow().status().orElseThrow());
  }

  @Test
  void theWaitCanBeCancelledFromTheProgressCallback() {
    create("B1");
    kibo.batchJobs().pollsUntilDone(10);
    PollCancellation cancel = new PollCancellation();

    assertThrows(PollCancelledException.class, () -> batch().run(BatchJobRunRequest.builder().code("B1")
        .cancellation(cancel).onProgress(s -> cancel.cancel()).build()));

    assertEquals(1, kibo.requestCount("GET", BATCH + "/actions/{code}/summary"));
  }

  @Test
  void aResetJobCanRunAgainWithNewItems() {
    create("B1");
    kibo.batchJobs().addFailedItem("B1", "Products", "P1", "E", "bad");
    assertEquals(1, batch().run("B1").failedItems().size());

    batch().reset("B1");
    kibo.batchJobs().addItem("B1", "Products", "P1");
    BatchJobResult second = batch().run("B1");

    assertTrue(second.allSucceeded());
    assertEquals(1, second.summary().itemCount());
  }

  @Test
  void unknownCodesAreNotFound() {
    assertThrows(NotFoundException.class, () -> batch().summary("nope"));
    assertThrows(NotFoundException.class, () -> batch().start("nope"));
    assertThrows(NotFoundException.class, () -> batch().delete("nope"));
    assertThrows(NotFoundException.class, () -> batch().run("nope"));
    assertThrows(NotFoundException.class, () -> batch().items("nope", BatchJobItemsFilter.all()));
  }
}

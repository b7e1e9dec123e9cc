package io.commerceclients.kibo.importexport.batch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.BatchDomain;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobCollection;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemResultSet;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.BatchJobSummaryCollection;
import io.commerceclients.kibo.importexport.model.BatchResourceType;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every batch-job operation as it goes over the wire, and what the client makes of odd answers. */
@WireMockTest
class BatchJobsWireTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";
  private static final String BATCH = "/api/platform/data/batchJob";

  private String base;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void stubToken(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    stubFor(post(TOKEN_PATH).willReturn(okJson(
        "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"r\"}")));
  }

  @AfterEach
  void close() {
    clients.forEach(KiboImportExportClient::close);
  }

  private BatchJobsService batch() {
    return client(0).batchJobs();
  }

  private KiboImportExportClient client(int maxRetries) {
    KiboImportExportClient c = KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret("s3cr3t")
        .sleeper(sleeps::add).maxRetries(maxRetries)
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(3)).multiplier(1).build())
        .build();
    clients.add(c);
    return c;
  }

  private static String job(String code, String status) {
    return "{\"tenantId\":123,\"code\":\"" + code + "\",\"name\":\"Prices\",\"scheduledDate\":null,"
        + "\"dateStarted\":\"2025-06-01T10:00:00.123Z\",\"auditInfo\":{\"updateDate\":\"2025-06-01T10:00:01Z\","
        + "\"createDate\":\"2025-06-01T09:00:00Z\",\"updateBy\":\"app.id\",\"createBy\":\"app.id\"},"
        + "\"domain\":\"Catalog\",\"status\":\"" + status + "\"}";
  }

  private static String summary(String status, String counts) {
    return "{\"code\":\"B1\",\"name\":\"Prices\",\"scheduledDate\":null,\"dateStarted\":null,\"status\":\""
        + status + "\",\"resources\":[{\"resourceType\":\"Products\",\"counts\":[" + counts + "]}]}";
  }

  private static String item(String key, String status, String errors) {
    return "{\"batchJobCode\":\"B1\",\"masterCatalog\":1,\"siteId\":null,\"catalogId\":2,\"retryCount\":0,"
        + "\"itemKey\":\"" + key + "\",\"processingStatus\":\"" + status + "\",\"status\":null,\"errors\":" + errors
        + ",\"uri\":\"/api/commerce/catalog/admin/products/" + key + "\",\"resourceType\":\"Products\","
        + "\"query\":null,\"localeCode\":\"en-US\",\"currencyCode\":\"USD\",\"dataViewMode\":1,"
        + "\"httpMethod\":\"PUT\",\"correlationId\":\"corr-" + key + "\",\"auditInfo\":null}";
  }

  private static String items(int startIndex, int totalCount, String... items) {
    return "{\"startIndex\":" + startIndex + ",\"pageSize\":2,\"pageCount\":0,\"totalCount\":" + totalCount
        + ",\"items\":[" + String.join(",", items) + "]}";
  }

  private static String error(String code, String message) {
    return "[{\"code\":\"" + code + "\",\"itemKeys\":[{\"key\":\"productCode\",\"value\":\"P\"}],\"message\":\""
        + message + "\",\"field\":\"price\",\"longMessage\":null,\"subErrors\":[{\"code\":\"SUB\","
        + "\"itemKeys\":null,\"message\":\"must be positive\",\"field\":null,\"longMessage\":null,\"subErrors\":null}]}]";
  }

  @Test
  void createSendsTheJobsFieldsAndReadsTheAnswer() {
    stubFor(post(BATCH).willReturn(okJson(job("B1", "Ready"))));

    BatchJob created = batch().create(CreateBatchJobRequest.builder()
        .code("B1").name("Prices").scheduledDate(OffsetDateTime.of(2025, 6, 2, 8, 0, 0, 0, ZoneOffset.UTC)).build());

    assertEquals("B1", created.code().orElseThrow());
    assertEquals(123, created.tenantId().orElseThrow());
    assertSame(BatchDomain.CATALOG, created.domain().orElseThrow());
    assertSame(BatchJobStatus.READY, created.status().orElseThrow());
    assertTrue(created.scheduledDate().isEmpty());
    assertEquals(OffsetDateTime.of(2025, 6, 1, 10, 0, 0, 123_000_000, ZoneOffset.UTC), created.dateStarted().orElseThrow());
    assertEquals("app.id", created.auditInfo().orElseThrow().createBy().orElseThrow());
    verify(postRequestedFor(urlEqualTo(BATCH))
        .withHeader("Authorization", equalTo("Bearer tok-1"))
        .withHeader("x-vol-tenant", equalTo("123"))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
        .withRequestBody(equalToJson(
            "{\"code\":\"B1\",\"name\":\"Prices\",\"domain\":\"Catalog\",\"scheduledDate\":\"2025-06-02T08:00:00Z\"}", false, false)));
  }

  @Test
  void createWithoutFieldsSendsOnlyTheDomain() {
    stubFor(post(BATCH).willReturn(okJson(job("generated-1", "Ready"))));

    assertEquals("generated-1", batch().create(CreateBatchJobRequest.builder().build()).code().orElseThrow());

    verify(postRequestedFor(urlEqualTo(BATCH)).withRequestBody(equalToJson("{\"domain\":\"Catalog\"}", false, false)));
  }

  @Test
  void listAndSummariesSendEveryQueryParameterOfTheSpec() {
    stubFor(get(urlPathEqualTo(BATCH)).willReturn(okJson(
        "{\"startIndex\":100,\"pageSize\":50,\"pageCount\":3,\"totalCount\":101,\"items\":[" + job("B1", "Running") + "]}")));
    stubFor(get(urlPathEqualTo(BATCH + "/actions/summaries")).willReturn(okJson(
        "{\"startIndex\":0,\"pageSize\":20,\"pageCount\":0,\"totalCount\":0,\"items\":[" + summary("Ready", "") + "]}")));

    BatchJobCollection page = batch().list(ListBatchJobsRequest.builder().startIndex(100).pageSize(50)
        .domain(BatchDomain.CATALOG).status(BatchJobStatus.RUNNING).includeCount(true).build());
    BatchJobSummaryCollection summaries = batch().summaries(ListBatchJobsRequest.firstPage());

    assertEquals(101, page.totalCount().orElseThrow());
    assertEquals(3, page.pageCount().orElseThrow());
    assertEquals(100, page.startIndex().orElseThrow());
    assertSame(BatchJobStatus.RUNNING, page.items().get(0).status().orElseThrow());
    assertSame(BatchJobStatus.READY, summaries.items().get(0).status().orElseThrow());
    verify(getRequestedFor(urlEqualTo(BATCH + "?domain=Catalog&pageSize=50&startIndex=100&status=Running&includeCount=true"))
        .withHeader("Authorization", equalTo("Bearer tok-1")));
    verify(getRequestedFor(urlEqualTo(BATCH + "/actions/summaries?pageSize=20&startIndex=0")));
  }

  @Test
  void getUpdateAndDeleteAddressTheJobByItsCodeInThePath() {
    stubFor(get(BATCH + "/B1").willReturn(okJson(job("B1", "Running"))));
    stubFor(put(BATCH + "/B1").willReturn(okJson(job("B1", "Running").replace("Prices", "Prices June"))));
    stubFor(delete(BATCH + "/B1").willReturn(okJson(job("B1", "Completed"))));
    stubFor(delete(BATCH + "/B2").willReturn(aResponse().withStatus(200)));
    stubFor(get(BATCH + "/price%20update%2F2025").willReturn(okJson(job("price update/2025", "Ready"))));

    assertSame(BatchJobStatus.RUNNING, batch().get("B1").status().orElseThrow());
    assertEquals("Prices June", batch().update(UpdateBatchJobRequest.builder().code("B1").name("Prices June").build())
        .name().orElseThrow());
    assertSame(BatchJobStatus.COMPLETED, batch().delete("B1").orElseThrow().status().orElseThrow());
    assertTrue(batch().delete("B2").isEmpty());
    assertEquals("price update/2025", batch().get("price update/2025").code().orElseThrow());

    verify(getRequestedFor(urlEqualTo(BATCH + "/B1")));
    verify(putRequestedFor(urlEqualTo(BATCH + "/B1"))
        .withRequestBody(equalToJson("{\"code\":\"B1\",\"name\":\"Prices June\"}", false, false)));
    verify(deleteRequestedFor(urlEqualTo(BATCH + "/B1")));
    verify(getRequestedFor(urlEqualTo(BATCH + "/price%20update%2F2025")));
  }

  @Test
  void actionsPostTheActionNameAndAvailableActionsKeepUnknownValues() {
    stubFor(post(BATCH + "/actions/B1").willReturn(okJson(job("B1", "Pending"))));
    stubFor(get(BATCH + "/actions/B1").willReturn(okJson("[\"Start\",\"Cancel\",\"Pause\"]")));

    batch().start("B1");
    batch().cancel("B1");
    batch().reset("B1");
    batch().perform("B1", BatchJobActionType.of("Pause"));
    List<BatchJobActionType> actions = batch().availableActions("B1");

    assertEquals(List.of(BatchJobActionType.START, BatchJobActionType.CANCEL, BatchJobActionType.of("Pause")), actions);
    assertFalse(actions.get(2).isKnown());
    List<String> bodies = requestsTo("POST", BATCH + "/actions/B1").stream()
        .map(e -> e.getRequest().getBodyAsString()).collect(Collectors.toList());
    assertEquals(List.of("{\"action\":\"Start\"}", "{\"action\":\"Cancel\"}", "{\"action\":\"Reset\"}",
        "{\"action\":\"Pause\"}"), bodies);
    verify(getRequestedFor(urlEqualTo(BATCH + "/actions/B1")));
  }

  @Test
  void summaryCountsItemsByResourceAndStatus() {
    stubFor(get(BATCH + "/actions/B1/summary").willReturn(okJson("{\"code\":\"B1\",\"name\":null,\"status\":\"Running\","
        + "\"resources\":[{\"resourceType\":\"Products\",\"counts\":[{\"status\":\"Completed\",\"count\":5},"
        + "{\"status\":\"Failed\",\"count\":2}]},{\"resourceType\":\"Pricelistentries\",\"counts\":["
        + "{\"status\":\"ValidationFailed\",\"count\":1},{\"status\":\"Waiting\",\"count\":3}]},"
        + "{\"resourceType\":null,\"counts\":null}]}")));

    BatchJobSummary summary = batch().summary("B1");

    assertEquals(11, summary.itemCount());
    assertEquals(3, summary.failedItemCount());
    assertEquals(5, summary.count(BatchJobItemStatus.COMPLETED));
    assertSame(BatchResourceType.PRICE_LIST_ENTRIES, summary.resources().get(1).resourceType().orElseThrow());
    assertTrue(summary.resources().get(2).counts().isEmpty());
    assertTrue(summary.name().isEmpty());
    verify(getRequestedFor(urlEqualTo(BATCH + "/actions/B1/summary")));
  }

  @Test
  void itemsArePostedWithTheirFiltersAndAnEmptyBody() {
    stubFor(post(urlPathEqualTo(BATCH + "/actions/B1/items")).willReturn(okJson(
        items(0, 1, item("P1", "Failed", error("PRICE_INVALID", "Price is invalid"))))));
    stubFor(post(BATCH + "/actions/B1/items/corr-P1").willReturn(okJson(items(0, 1, item("P1", "Failed", "null")))));

    BatchJobItemResultSet set = batch().items("B1", BatchJobItemsFilter.builder().startIndex(0).pageSize(200)
        .processingStatus(BatchJobItemStatus.FAILED).resourceType(BatchResourceType.PRODUCTS).includeCount(true).build());
    BatchJobItem one = batch().item("B1", "corr-P1").orElseThrow();

    BatchJobItem failed = set.items().get(0);
    assertTrue(failed.failed());
    assertEquals("PRICE_INVALID: Price is invalid (price)", failed.errors().get(0).describe());
    assertEquals("productCode", failed.errors().get(0).itemKeys().get(0).key().orElseThrow());
    assertEquals("SUB: must be positive", failed.errors().get(0).subErrors().get(0).describe());
    assertEquals(1, failed.dataViewMode().orElseThrow());
    assertTrue(failed.siteId().isEmpty());
    assertTrue(one.errors().isEmpty());
    assertEquals("corr-P1", one.correlationId().orElseThrow());
    verify(postRequestedFor(urlEqualTo(BATCH + "/actions/B1/items"
        + "?pageSize=200&startIndex=0&includeCount=true&processingStatus=Failed&resourceType=Products"))
        .withHeader("Content-Length", equalTo("0"))
        .withHeader("Content-Type", absent()));
    verify(postRequestedFor(urlEqualTo(BATCH + "/actions/B1/items/corr-P1")).withHeader("Content-Length", equalTo("0")));
  }

  @Test
  void itemReadsAreRetriedLikeGetsButActionsAreNot() {
    stubFor(post(urlPathEqualTo(BATCH + "/actions/B1/items")).inScenario("items").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    stubFor(post(urlPathEqualTo(BATCH + "/actions/B1/items")).inScenario("items").whenScenarioStateIs("up")
        .willReturn(okJson(items(0, 0))));
    stubFor(post(BATCH + "/actions/B1").willReturn(aResponse().withStatus(503)));
    BatchJobsService retrying = client(2).batchJobs();

    assertTrue(retrying.items("B1", BatchJobItemsFilter.all()).items().isEmpty());
    assertThrows(ServerException.class, () -> retrying.start("B1"));

    assertEquals(2, requestsTo("POST", BATCH + "/actions/B1/items").size());
    assertEquals(1, requestsTo("POST", BATCH + "/actions/B1").size());
  }

  @Test
  void listAllPagesByStartIndexUntilAShortPage() {
    for (int start = 0; start <= 4; start += 2) {
      String[] page = start < 4 ? new String[] {job("J" + start, "Ready"), job("J" + (start + 1), "Ready")}
          : new String[] {job("J4", "Ready")};
      stubFor(get(BATCH + "?pageSize=2&startIndex=" + start).willReturn(okJson(
          "{\"startIndex\":" + start + ",\"pageSize\":2,\"pageCount\":0,\"totalCount\":0,\"items\":["
              + String.join(",", page) + "]}")));
    }

    List<String> codes = new ArrayList<>();
    batch().listAll(ListBatchJobsRequest.builder().pageSize(2).build()).forEach(j -> codes.add(j.code().orElseThrow()));

    assertEquals(List.of("J0", "J1", "J2", "J3", "J4"), codes);
    assertEquals(List.of("startIndex=0", "startIndex=2", "startIndex=4"), requestsTo("GET", BATCH).stream()
        .map(e -> e.getRequest().queryParameter("startIndex").firstValue()).map(v -> "startIndex=" + v)
        .collect(Collectors.toList()));
  }

  @Test
  void itemsAllStopsAtTheReportedTotalWithoutAnEmptyPage() {
    stubFor(post(BATCH + "/actions/B1/items?pageSize=2&startIndex=0&includeCount=true")
        .willReturn(okJson(items(0, 4, item("A", "Completed", "null"), item("B", "Completed", "null")))));
    stubFor(post(BATCH + "/actions/B1/items?pageSize=2&startIndex=2&includeCount=true")
        .willReturn(okJson(items(2, 4, item("C", "Completed", "null"), item("D", "Completed", "null")))));

    List<String> keys = batch().itemsAll("B1", BatchJobItemsFilter.builder().pageSize(2).includeCount(true).build())
        .stream().map(i -> i.itemKey().orElseThrow()).collect(Collectors.toList());

    assertEquals(List.of("A", "B", "C", "D"), keys);
    assertEquals(2, requestsTo("POST", BATCH + "/actions/B1/items").size());
  }

  @Test
  void summariesAllPagesLikeTheJobList() {
    stubFor(get(BATCH + "/actions/summaries?pageSize=1&startIndex=0").willReturn(okJson(
        "{\"items\":[" + summary("Completed", "") + "]}")));
    stubFor(get(BATCH + "/actions/summaries?pageSize=1&startIndex=1").willReturn(okJson("{\"items\":null}")));

    assertEquals(1, batch().summariesAll(ListBatchJobsRequest.builder().pageSize(1).build()).stream().count());
    assertEquals(2, requestsTo("GET", BATCH + "/actions/summaries").size());
  }

  @Test
  void pagesThatWouldSkipOrRepeatItemsAreProtocolErrors() {
    stubFor(post(BATCH + "/actions/B1/items?pageSize=2&startIndex=0").willReturn(okJson(
        items(0, 0, item("A", "Completed", "null"), item("B", "Completed", "null"), item("C", "Completed", "null")))));
    stubFor(post(BATCH + "/actions/B2/items?pageSize=2&startIndex=0").willReturn(okJson(
        items(0, 5, item("A", "Completed", "null")))));

    ProtocolException tooMany = assertThrows(ProtocolException.class,
        () -> batch().itemsAll("B1", BatchJobItemsFilter.builder().pageSize(2).build()).forEach(i -> { }));
    ProtocolException tooFew = assertThrows(ProtocolException.class,
        () -> batch().itemsAll("B2", BatchJobItemsFilter.builder().pageSize(2).build()).forEach(i -> { }));

    assertTrue(tooMany.getMessage().contains("list batch job items at startIndex 0 holds 3 items, more than the pageSize 2"),
        tooMany.getMessage());
    assertTrue(tooFew.getMessage().contains("holds 1 items for pageSize 2 although totalCount is 5"), tooFew.getMessage());
  }

  @Test
  void aListingThatRunsPastTheLargestStartIndexEndsWithAProtocolError() {
    stubFor(get(urlPathEqualTo(BATCH)).willReturn(okJson(
        "{\"items\":[" + job("J1", "Ready") + "," + job("J2", "Ready") + "]}")));

    ProtocolException e = assertThrows(ProtocolException.class, () -> batch().listAll(ListBatchJobsRequest.builder()
        .startIndex(Integer.MAX_VALUE - 1).pageSize(2).build()).forEach(j -> { }));

    assertTrue(e.getMessage().contains("list batch jobs go on past startIndex 2147483647"), e.getMessage());
    assertEquals(1, requestsTo("GET", BATCH).size());
  }

  @Test
  void answersWithoutTheExpectedBodyAreProtocolErrors() {
    stubFor(get(BATCH + "/B1").willReturn(aResponse().withStatus(200)));
    stubFor(get(BATCH + "/actions/B1").willReturn(okJson("[\"Start\",null]")));
    stubFor(post(BATCH + "/actions/B1/items/corr-1").willReturn(okJson(
        items(0, 2, item("A", "Failed", "null"), item("B", "Failed", "null")))));
    stubFor(post(BATCH + "/actions/B1/items/corr-2").willReturn(okJson("{\"items\":[]}")));
    stubFor(get(BATCH + "/actions/B1/summary").willReturn(okJson("{\"status\":{\"unexpected\":true}")));

    assertTrue(assertThrows(ProtocolException.class, () -> batch().get("B1")).getMessage()
        .contains("KiboBatchJobApi.getBatchJob (GET /platform/data/batchJob/{code}): the API answered with an empty body"));
    assertTrue(assertThrows(ProtocolException.class, () -> batch().availableActions("B1")).getMessage()
        .contains("get available batch job actions holds a null action"));
    assertTrue(assertThrows(ProtocolException.class, () -> batch().item("B1", "corr-1")).getMessage()
        .contains("get batch job item holds 2 items for correlation id corr-1"));
    assertTrue(batch().item("B1", "corr-2").isEmpty());
    ProtocolException unreadable = assertThrows(ProtocolException.class, () -> batch().summary("B1"));
    assertTrue(unreadable.getMessage().startsWith("GET " + base + BATCH + "/actions/B1/summary -> KiboBatchJobApi"
        + ".getBatchJobSummary (GET /platform/data/batchJob/actions/{code}/summary): the answer could not be read as the"
        + " expected JSON at status: Cannot construct instance of"), unreadable.getMessage());
  }

  @Test
  void runStartsPollsTheSummaryAndCollectsTheFailedItems() {
    stubFor(post(BATCH + "/actions/B1").withRequestBody(equalToJson("{\"action\":\"Start\"}"))
        .willReturn(okJson(job("B1", "Pending"))));
    stubFor(get(BATCH + "/actions/B1/summary").inScenario("run").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(summary("Running", "{\"status\":\"Running\",\"count\":4}"))).willSetStateTo("done"));
    stubFor(get(BATCH + "/actions/B1/summary").inScenario("run").whenScenarioStateIs("done")
        .willReturn(okJson(summary("Completed", "{\"status\":\"Completed\",\"count\":2},"
            + "{\"status\":\"Failed\",\"count\":1},{\"status\":\"ValidationFailed\",\"count\":1}"))));
    stubFor(post(BATCH + "/actions/B1/items?pageSize=200&startIndex=0&processingStatus=Failed").willReturn(okJson(
        items(0, 0, item("P2", "Failed", error("PRICE_INVALID", "Price is invalid"))))));
    stubFor(post(BATCH + "/actions/B1/items?pageSize=200&startIndex=0&processingStatus=ValidationFailed").willReturn(okJson(
        items(0, 0, item("P3", "ValidationFailed", error("VALIDATION_ERROR", "Name is required"))))));
    List<String> progress = new ArrayList<>();

    BatchJobResult result = batch().run(BatchJobRunRequest.builder().code("B1")
        .onProgress(s -> progress.add(s.status().orElseThrow() + " " + s.itemCount())).build());

    assertSame(BatchJobStatus.PENDING, result.started().status().orElseThrow());
    assertSame(BatchJobStatus.COMPLETED, result.summary().status().orElseThrow());
    assertEquals(List.of("P2", "P3"), result.failedItems().stream().map(i -> i.itemKey().orElseThrow())
        .collect(Collectors.toList()));
    assertEquals("VALIDATION_ERROR: Name is required (price)", result.failedItems().get(1).errors().get(0).describe());
    assertFalse(result.moreFailedItems());
    assertFalse(result.allSucceeded());
    assertEquals(List.of("Running 4", "Completed 4"), progress);
    assertEquals(List.of(Duration.ofSeconds(3)), sleeps);
    assertEquals(List.of("POST /actions/B1", "GET /actions/B1/summary", "GET /actions/B1/summary",
        "POST /actions/B1/items", "POST /actions/B1/items"), requestsInOrder());
  }

  @Test
  void runOfAJobThatEndsCanceledThrowsWithTheSummaryAndTheFailedItems() {
    stubFor(post(BATCH + "/actions/B1").willReturn(okJson(job("B1", "Pending"))));
    stubFor(get(BATCH + "/actions/B1/summary").willReturn(okJson(summary("Canceled",
        "{\"status\":\"Failed\",\"count\":1},{\"status\":\"Cancelled\",\"count\":3}"))));
    stubFor(post(urlPathEqualTo(BATCH + "/actions/B1/items")).withQueryParam("processingStatus", equalTo("Failed"))
        .willReturn(okJson(items(0, 0, item("P1", "Failed", error("PRICE_INVALID", "Price is invalid"))))));
    stubFor(post(urlPathEqualTo(BATCH + "/actions/B1/items")).withQueryParam("processingStatus", equalTo("ValidationFailed"))
        .willReturn(okJson(items(0, 0))));

    KiboBatchJobFailedException e = assertThrows(KiboBatchJobFailedException.class, () -> batch().run("B1"));

    assertSame(BatchJobStatus.CANCELED, e.status().orElseThrow());
    assertEquals(4, e.summary().itemCount());
    assertEquals("P1", e.failedItems().get(0).itemKey().orElseThrow());
    assertEquals("batch job B1 ended with status Canceled (0 of 4 items completed); 1 failed item(s);"
        + " P1: PRICE_INVALID: Price is invalid (price)", e.getMessage());
    assertSame(e.summary(), e.lastState(BatchJobSummary.class).orElseThrow());
  }

  @Test
  void aFailedJobWhoseItemsCannotBeListedStillThrowsTheTypedFailure() {
    stubFor(post(BATCH + "/actions/B1").willReturn(okJson(job("B1", "Pending"))));
    stubFor(get(BATCH + "/actions/B1/summary").willReturn(okJson(summary("Failed", ""))));
    stubFor(post(urlPathEqualTo(BATCH + "/actions/B1/items")).willReturn(aResponse().withStatus(503)));

    KiboBatchJobFailedException e = assertThrows(KiboBatchJobFailedException.class, () -> batch().run("B1"));

    assertTrue(e.failedItems().isEmpty());
    assertEquals(1, e.getSuppressed().length);
    assertTrue(e.getSuppressed()[0] instanceof ServerException, e.getSuppressed()[0].toString());
  }

  @Test
  void runTimesOutWithTheLastSummary() {
    stubFor(post(BATCH + "/actions/B1").willReturn(okJson(job("B1", "Pending"))));
    stubFor(get(BATCH + "/actions/B1/summary").willReturn(okJson(summary("Running", ""))));

    PollTimeoutException e = assertThrows(PollTimeoutException.class, () -> batch().run(BatchJobRunRequest.builder()
        .code("B1").polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).maxAttempts(2).build()).build()));

    assertTrue(e.getMessage().startsWith("batch job B1 (status Running) did not finish within 2 polls"), e.getMessage());
    assertSame(BatchJobStatus.RUNNING, e.lastState(BatchJobSummary.class).orElseThrow().status().orElseThrow());
    assertEquals(0, requestsTo("POST", BATCH + "/actions/B1/items").size());
  }

  private static List<ServeEvent> requestsTo(String method, String path) {
    List<ServeEvent> events = new ArrayList<>(getAllServeEvents());
    Collections.reverse(events);
    return events.stream()
        .filter(e -> e.getRequest().getMethod().getName().equals(method)
            && e.getRequest().getUrl().split("\\?")[0].equals(path))
        .collect(Collectors.toList());
  }

  private static List<String> requestsInOrder() {
    List<ServeEvent> events = new ArrayList<>(getAllServeEvents());
    Collections.reverse(events);
    return events.stream()
        .filter(e -> e.getRequest().getUrl().startsWith(BATCH))
        .map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl().split("\\?")[0].substring(BATCH.length()))
        .collect(Collectors.toList());
  }
}

package io.commerceclients.kibo.importexport.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.commerceclients.core.support.Threads.assertFewThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous client on the wire: the token and the tenant host obtained with futures before
 * a call is sent (never from inside another request on OkHttp's thread), typed errors, the replay
 * after a 401, cancellation of a call in flight and of a retry waiting, and listings.
 */
@WireMockTest
class KiboAsyncCallsTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";
  private static final String TENANT_PATH = "/api/platform/tenants/123";
  private static final String JOB = "/api/platform/data/import/j1";

  private String base;
  private final NestedCallDetector detector = new NestedCallDetector();
  private final OkHttpClient http = new OkHttpClient.Builder().addInterceptor(detector).build();
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void stub(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
    stubFor(get(TENANT_PATH).willReturn(okJson("{\"id\":123,\"domain\":\"" + base.substring("http://".length()) + "\"}")));
    stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"j1\",\"status\":\"processing\"}")));
  }

  @AfterEach
  void close() {
    clients.forEach(KiboImportExportClient::close);
    http.dispatcher().executorService().shutdown();
  }

  private KiboImportExportClient.Builder builder() {
    return KiboImportExportClient.builder()
        .authHost(base).tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared").okHttpClient(http);
  }

  private KiboImportExportAsyncClient async() {
    KiboImportExportClient c = builder().build();
    clients.add(c);
    return c.async();
  }

  private static Throwable failure(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS)).getCause();
  }

  private static void awaitRequest(String path) throws InterruptedException {
    for (int i = 0; i < 3_000 && WireMock.findAll(getRequestedFor(urlPathEqualTo(path))).isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertFalse(WireMock.findAll(getRequestedFor(urlPathEqualTo(path))).isEmpty(), "the request arrived");
  }

  @Test
  void theTokenAndTheTenantHostComeFirstWithFuturesNeverFromInsideACallOnOkHttpsThread() throws Exception {
    String completedOn = async().imports().get("j1").thenApply(job -> Thread.currentThread().getName())
        .get(20, TimeUnit.SECONDS);

    assertEquals(List.of("POST " + TOKEN_PATH, "GET " + TENANT_PATH, "GET " + JOB), detector.sent);
    assertEquals(List.of(), detector.nested, "no request was sent from inside another one");
    assertFalse(completedOn.startsWith("OkHttp"), "the future completed on " + completedOn);
    verify(1, getRequestedFor(urlEqualTo(TENANT_PATH)).withHeader("Authorization", equalTo("Bearer tok-1")));
    verify(1, getRequestedFor(urlEqualTo(JOB)).withHeader("Authorization", equalTo("Bearer tok-1"))
        .withHeader("x-vol-tenant", equalTo("123")));

    KiboImportExportClient blocking = builder().build();
    clients.add(blocking);
    blocking.imports().get("j1");
    assertEquals(List.of("POST " + TOKEN_PATH), detector.nested,
        "a blocking call fetches its token from inside the tenant lookup: the detector sees it");
  }

  @Test
  void manyFirstCallsAtOnceShareOneTokenFetchAndOneTenantLookup() throws Exception {
    KiboImportExportAsyncClient kibo = async();
    List<CompletableFuture<ImportJob>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(kibo.imports().get("j1"));
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

    verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(1, getRequestedFor(urlEqualTo(TENANT_PATH)));
    verify(20, getRequestedFor(urlEqualTo(JOB)));
    assertEquals(List.of(), detector.nested);
  }

  /**
   * OkHttp's default dispatcher runs calls on an unbounded cached pool, which under load briefly
   * holds more threads than its five calls per host (a finishing thread hands the next call to a
   * new one), so this client's OkHttp runs them on five threads: the test counts what the Kibo
   * client adds.
   */
  @Test
  void fiveHundredCallsWithRetriesStartNoThreadPerCall() throws Exception {
    stubFor(get(urlPathEqualTo(JOB)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(JOB)).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"j1\"}")));
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    ExecutorService five = Executors.newFixedThreadPool(5, r -> new Thread(r, "OkHttp Dispatcher (test)"));
    KiboImportExportClient client = builder().okHttpClient(http.newBuilder().dispatcher(new Dispatcher(five)).build())
        .maxRetries(2).sleeper(d -> { }).build();
    clients.add(client);
    List<CompletableFuture<ImportJob>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < 500; i++) {
        calls.add(client.async().imports().get("j1"));
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
    } finally {
      five.shutdown();
    }

    List<String> started = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
        .map(Thread::getName).filter(n -> !n.startsWith("qtp") && !n.contains("WireMock")).sorted()
        .collect(Collectors.toList());
    assertFewThreads(started);
    // WireMock may serve the 503 to more than one of the first concurrent requests before its
    // scenario moves on (wiremock/wiremock#456): each 503 is retried once, nothing else is resent.
    long unavailable = com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(JOB) && e.getResponse().getStatus() == 503).count();
    assertTrue(unavailable >= 1);
    verify(500 + (int) unavailable, getRequestedFor(urlEqualTo(JOB)));
  }

  @Test
  void errorsAndBadInputArriveAsFailedFuturesWithTheBlockingTypes() {
    stubFor(get(urlPathEqualTo("/api/platform/data/import/gone")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"no such job\"}")));
    KiboImportExportAsyncClient kibo = async();

    NotFoundException missing = (NotFoundException) failure(kibo.imports().get("gone"));
    assertEquals("no such job", missing.apiMessage().orElseThrow());
    ValidationException blank = (ValidationException) failure(kibo.imports().get(" "));
    assertEquals("jobId", blank.field());
    assertInstanceOf(ValidationException.class, failure(kibo.files().upload((Path) null)));
    assertInstanceOf(ValidationException.class, failure(kibo.batchJobs().run("..")));
    ValidationException noSource = (ValidationException) failure(kibo.imports().run(
        io.commerceclients.kibo.importexport.imports.ImportRequest.builder()
            .domain(io.commerceclients.kibo.importexport.model.Domain.CATALOG).build()));
    assertEquals("source", noSource.field());
    assertInstanceOf(ValidationException.class, failure(kibo.exports().run(null)));
    assertInstanceOf(ValidationException.class,
        failure(kibo.imports().listAll(ListJobsRequest.builder().pageSize(0).build()).collect(10)));
    assertTrue(detector.sent.stream().noneMatch(r -> r.contains("/files") || r.contains("batchJob")
        || r.endsWith("/import")), "nothing was sent for bad input: " + detector.sent);
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"j1\"}").withFixedDelay(15_000)));
    CompletableFuture<ImportJob> call = async().imports().get("j1");
    awaitRequest(JOB);

    assertTrue(call.cancel(true));

    assertThrows(CancellationException.class, call::join);
    int running = http.dispatcher().runningCallsCount();
    for (int i = 0; i < 2_000 && running > 0; i++) {
      Thread.sleep(10);
      running = http.dispatcher().runningCallsCount();
    }
    assertEquals(0, running, "the OkHttp call was cancelled, not left running");
  }

  @Test
  void cancellingTheFutureDuringARetryWaitSendsNothingMore() throws Exception {
    stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "20")));
    KiboImportExportClient client = builder().maxRetries(2).build();
    clients.add(client);
    CompletableFuture<ImportJob> call = client.async().imports().get("j1");
    awaitRequest(JOB);
    Thread.sleep(100);

    assertTrue(call.cancel(true));
    Thread.sleep(300);

    assertThrows(CancellationException.class, call::join);
    verify(1, getRequestedFor(urlEqualTo(JOB)));
  }

  @Test
  void after401AnAsynchronousCallGetsAFreshTokenWithoutBlockingAndIsSentOnceMore() throws Exception {
    stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")).willSetStateTo("second"));
    stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(okJson("{\"access_token\":\"tok-2\",\"expires_in\":3600}")));
    stubFor(get(urlPathEqualTo(JOB)).withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401)));
    stubFor(get(urlPathEqualTo(JOB)).withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"id\":\"j1\"}")));
    KiboImportExportClient client = builder().tenantHost(base).build();
    clients.add(client);

    assertEquals("j1", client.async().imports().get("j1").get(20, TimeUnit.SECONDS).id().orElseThrow());

    verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(2, getRequestedFor(urlEqualTo(JOB)));
    assertEquals(List.of(), detector.nested);

    stubFor(post(urlPathEqualTo("/api/platform/data/files")).willReturn(aResponse().withStatus(401)));
    assertInstanceOf(AuthenticationException.class, failure(client.async().files()
        .upload(new ByteArrayInputStream("csv".getBytes(StandardCharsets.UTF_8)), "a.zip")));
    verify(1, postRequestedFor(urlPathEqualTo("/api/platform/data/files")));
  }

  @Test
  void aTenantLookupAnswered401IsReplayedOnceWithAFreshTokenWithoutBlocking() throws Exception {
    stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")).willSetStateTo("second"));
    stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(okJson("{\"access_token\":\"tok-2\",\"expires_in\":3600}")));
    stubFor(get(TENANT_PATH).withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401)));
    stubFor(get(TENANT_PATH).withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"id\":123,\"domain\":\"" + base.substring("http://".length()) + "\"}")));

    assertEquals("j1", async().imports().get("j1").get(20, TimeUnit.SECONDS).id().orElseThrow());

    verify(2, getRequestedFor(urlEqualTo(TENANT_PATH)));
    verify(1, getRequestedFor(urlEqualTo(JOB)).withHeader("Authorization", equalTo("Bearer tok-2")));
    assertEquals(List.of(), detector.nested, "no token was fetched from inside a call on OkHttp's thread");
  }

  private static String jobs(int from, int count) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      items.add("{\"id\":\"j" + i + "\"}");
    }
    return "[" + String.join(",", items) + "]";
  }

  @Test
  void anAsynchronousListingReadsPageByPageThroughForEachCollectAndAPublisher() throws Exception {
    String list = "/api/platform/data/import";
    stubFor(get(urlEqualTo(list + "?startIndex=0&pageSize=2")).willReturn(okJson(jobs(0, 2))));
    stubFor(get(urlEqualTo(list + "?startIndex=2&pageSize=2")).willReturn(okJson(jobs(2, 2))));
    stubFor(get(urlEqualTo(list + "?startIndex=4&pageSize=2")).willReturn(okJson(jobs(4, 1))));
    KiboImportExportAsyncClient kibo = async();
    ListJobsRequest request = ListJobsRequest.builder().pageSize(2).build();

    List<String> seen = new ArrayList<>();
    kibo.imports().listAll(request).forEach(job -> seen.add(job.id().orElseThrow())).get(20, TimeUnit.SECONDS);
    assertEquals(List.of("j0", "j1", "j2", "j3", "j4"), seen);
    assertEquals(List.of("j0", "j1", "j2"), kibo.imports().listAll(request).collect(3).get(20, TimeUnit.SECONDS)
        .stream().map(j -> j.id().orElseThrow()).collect(Collectors.toList()));
    verify(2, getRequestedFor(urlEqualTo(list + "?startIndex=2&pageSize=2")));
    verify(1, getRequestedFor(urlEqualTo(list + "?startIndex=4&pageSize=2")));

    List<String> published = new ArrayList<>();
    CompletableFuture<Void> completed = new CompletableFuture<>();
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    kibo.imports().listAll(request).publisher().subscribe(new Flow.Subscriber<ImportJob>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription[0] = s;
        s.request(1);
      }

      @Override
      public void onNext(ImportJob job) {
        published.add(job.id().orElseThrow());
      }

      @Override
      public void onError(Throwable t) {
        completed.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        completed.complete(null);
      }
    });
    for (int i = 0; i < 3_000 && published.isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertEquals(List.of("j0"), published);
    verify(3, getRequestedFor(urlEqualTo(list + "?startIndex=0&pageSize=2")));
    verify(2, getRequestedFor(urlEqualTo(list + "?startIndex=2&pageSize=2")));
    subscription[0].request(Long.MAX_VALUE);
    completed.get(20, TimeUnit.SECONDS);
    assertEquals(List.of("j0", "j1", "j2", "j3", "j4"), published);
  }

  @Test
  void batchItemsAreListedAsynchronouslyWithTheirStatusFilter() throws Exception {
    String items = "/api/platform/data/batchJob/actions/B1/items";
    stubFor(post(urlPathEqualTo(items)).willReturn(okJson(
        "{\"startIndex\":0,\"pageSize\":200,\"items\":[{\"itemKey\":\"P1\",\"processingStatus\":\"Failed\"}]}")));

    List<BatchJobItem> failed = async().batchJobs().itemsAll("B1", BatchJobItemsFilter.builder()
        .processingStatus(io.commerceclients.kibo.importexport.model.BatchJobItemStatus.FAILED).pageSize(200).build())
        .collect(100).get(20, TimeUnit.SECONDS);

    assertEquals("P1", failed.get(0).itemKey().orElseThrow());
    verify(1, postRequestedFor(urlEqualTo(items + "?pageSize=200&startIndex=0&processingStatus=Failed")));
  }
}

package io.commerceclients.kibo.importexport.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.http.HttpExchange;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-call options on views of the client, and raw responses, asserted on the wire. */
@WireMockTest
class KiboCallOptionsTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";
  private static final String JOB = "/api/platform/data/import/j1";

  @TempDir
  Path dir;

  private String base;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void stubToken(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
    stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"j1\",\"status\":\"processing\"}")
        .withHeader("x-vol-correlation", "corr-42").withHeader("X-Kibo-Node", "n7")));
  }

  @AfterEach
  void close() {
    clients.forEach(KiboImportExportClient::close);
  }

  private KiboImportExportClient.Builder builder() {
    return KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).catalog(5).clientId("app.id").sharedSecret("s3cr3t-shared")
        .sleeper(sleeps::add);
  }

  private KiboImportExportClient client() {
    KiboImportExportClient c = builder().build();
    clients.add(c);
    return c;
  }

  private static Throwable failure(java.util.concurrent.Future<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void aViewAddsItsHeaderAndQueryParameterToItsOwnCallsOnlyAndSharesTheToken() throws Exception {
    KiboImportExportClient kibo = client();
    KiboImportExportClient traced = kibo.withOptions(o -> o.header("X-Trace", "t-1").queryParameter("trace", "on"));

    traced.imports().get("j1");
    kibo.imports().get("j1");
    traced.async().imports().get("j1").get(20, TimeUnit.SECONDS);
    kibo.async().imports().get("j1").get(20, TimeUnit.SECONDS);

    verify(2, getRequestedFor(urlEqualTo(JOB + "?trace=on")).withHeader("X-Trace", equalTo("t-1"))
        .withHeader("Authorization", equalTo("Bearer tok-1")).withHeader("x-vol-tenant", equalTo("123"))
        .withHeader("x-vol-catalog", equalTo("5")));
    verify(2, getRequestedFor(urlEqualTo(JOB)).withHeader("X-Trace", absent()));
    verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withHeader("X-Trace", absent()));
  }

  @Test
  void viewsOfViewsMergeTheirOptionsTheLaterWinning() {
    KiboImportExportClient first = client().withOptions(o -> o.header("X-A", "1").header("X-B", "1"));
    KiboImportExportClient second = first.withOptions(RequestOptions.builder().header("X-B", "2").build());

    second.imports().get("j1");

    verify(1, getRequestedFor(urlEqualTo(JOB)).withHeader("X-A", equalTo("1")).withHeader("X-B", equalTo("2")));
  }

  @Test
  void maxRetriesZeroOnAViewSendsOnceWhileTheClientRetries() throws Exception {
    stubFor(get(JOB).willReturn(aResponse().withStatus(503)));
    KiboImportExportClient kibo = builder().maxRetries(2).build();
    clients.add(kibo);
    KiboImportExportClient once = kibo.withOptions(o -> o.maxRetries(0));

    assertThrows(ServerException.class, () -> once.imports().get("j1"));
    verify(1, getRequestedFor(urlEqualTo(JOB)));
    assertInstanceOf(ServerException.class, failure(once.async().imports().get("j1")));
    verify(2, getRequestedFor(urlEqualTo(JOB)));

    assertThrows(ServerException.class, () -> kibo.imports().get("j1"));
    verify(5, getRequestedFor(urlEqualTo(JOB)));
  }

  @Test
  void aViewsTimeoutEndsASlowCallBlockingOrAsynchronous() {
    stubFor(get(JOB).willReturn(okJson("{\"id\":\"j1\"}").withFixedDelay(5_000)));
    KiboImportExportClient quick = client().withOptions(o -> o.timeout(Duration.ofMillis(300)).maxRetries(0));

    assertThrows(ApiTimeoutException.class, () -> quick.imports().get("j1"));
    assertInstanceOf(ApiTimeoutException.class, failure(quick.async().imports().get("j1")));
  }

  @Test
  void headersTheClientSetsOrNamedLikeCredentialsAreRefusedBeforeAnythingIsSent() {
    KiboImportExportClient kibo = client();
    ValidationException tenant = assertThrows(ValidationException.class,
        () -> kibo.withOptions(o -> o.header("X-Vol-Tenant", "9")));
    assertEquals("header X-Vol-Tenant", tenant.field());
    assertThrows(ValidationException.class, () -> kibo.withOptions(o -> o.header("x-vol-catalog", "6")));
    assertThrows(ValidationException.class, () -> kibo.withOptions(o -> o.header("Authorization", "Bearer x")));
    assertThrows(ValidationException.class, () -> kibo.withOptions(o -> o.header("X-Session-Token", "x")));
    verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));

    kibo.withOptions(o -> o.header("x-vol-site", "8")).imports().get("j1");
    verify(1, getRequestedFor(urlEqualTo(JOB)).withHeader("x-vol-site", equalTo("8")));
  }

  @Test
  void closingAViewLeavesTheClientOpenAndClosingTheClientClosesItsViews() throws Exception {
    KiboImportExportClient kibo = client();
    KiboImportExportClient view = kibo.withOptions(o -> o.header("X-Trace", "t"));

    view.close();
    assertEquals("j1", kibo.imports().get("j1").id().orElseThrow());
    assertEquals("j1", view.imports().get("j1").id().orElseThrow());

    kibo.close();
    assertThrows(IllegalStateException.class, () -> view.imports().get("j1"));
    assertInstanceOf(IllegalStateException.class, failure(view.async().imports().get("j1")));
  }

  @Test
  void aRawResponseHasTheStatusHeadersAndKibosRequestIdOfASuccessfulCall() {
    KiboImportExportClient kibo = client();

    RawResponse<ImportJob> raw = kibo.withRawResponse(k -> k.imports().get("j1"));

    assertEquals("j1", raw.body().id().orElseThrow());
    assertEquals(200, raw.statusCode());
    assertEquals("n7", raw.header("x-kibo-node").orElseThrow());
    assertEquals("corr-42", raw.requestId().orElseThrow());
    assertEquals(List.of("POST", "GET"), raw.exchanges().stream().map(HttpExchange::method).collect(Collectors.toList()),
        "the first call also records its token request");
    assertTrue(raw.headers().values().stream().flatMap(List::stream).noneMatch(v -> v.contains("tok-1")));

    RawResponse<ImportJob> again = kibo.withOptions(o -> o.header("X-Trace", "t")).withRawResponse(k -> k.imports().get("j1"));
    assertEquals(1, again.exchanges().size());
    assertEquals("corr-42", again.requestId().orElseThrow());
  }

  @Test
  void aDownloadStaysStreamedUnderARawResponse() throws Exception {
    stubFor(get(urlPathEqualTo("/api/platform/data/files/f1/content"))
        .willReturn(aResponse().withStatus(200).withHeader("x-vol-correlation", "corr-7").withBody("ZIPDATA")));
    Path target = dir.resolve("f1.zip");

    RawResponse<Long> raw = client().withRawResponse(k -> k.files().download("f1", target));

    assertEquals(7L, raw.body());
    assertEquals("ZIPDATA", Files.readString(target));
    assertEquals("corr-7", raw.requestId().orElseThrow());
  }
}

package io.commerceclients.kibo.importexport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.model.ContextOverride;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class KiboWireTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";
  private static final String SECRET = "s3cr3t-shared";

  @TempDir
  Path dir;

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

  private KiboImportExportClient.Builder builder() {
    return KiboImportExportClient.builder()
        .authHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET)
        .sleeper(sleeps::add).maxRetries(0)
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(3)).multiplier(1).build());
  }

  private KiboImportExportClient client() {
    KiboImportExportClient c = builder().tenantHost(base).build();
    clients.add(c);
    return c;
  }

  private static String job(String id, String status, boolean complete, String files) {
    return "{\"id\":\"" + id + "\",\"domain\":\"catalog\",\"status\":\"" + status + "\",\"isComplete\":" + complete
        + ",\"resources\":[{\"resource\":\"Products\",\"status\":\"" + status + "\",\"isComplete\":" + complete
        + (status.equals("errored") ? ",\"stateDetails\":\"Row 2: ProductName is required\"" : "")
        + "}],\"files\":[" + files + "]}";
  }

  @Test
  void tokenThenTenantLookupThenApiCallsWithVolHeaders() {
    stubFor(get("/api/platform/tenants/123").willReturn(okJson(
        "{\"id\":123,\"name\":\"Acme\",\"domain\":\"" + base.substring("http://".length()) + "\"}")));
    stubFor(get("/api/platform/data/import/j1").willReturn(okJson(job("j1", "processing", false, ""))));
    KiboImportExportClient c = builder().siteId(7).masterCatalog(2).catalog(5).locale("en-US").currency("USD").build();
    clients.add(c);

    assertEquals("processing", c.imports().get("j1").status().orElseThrow());
    assertEquals("processing", c.imports().get("j1").status().orElseThrow());

    verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalToJson(
            "{\"client_id\":\"app.id\",\"client_secret\":\"" + SECRET + "\",\"grant_type\":\"client_credentials\"}")));
    verify(1, getRequestedFor(urlEqualTo("/api/platform/tenants/123"))
        .withHeader("Authorization", equalTo("Bearer tok-1")));
    verify(2, getRequestedFor(urlEqualTo("/api/platform/data/import/j1"))
        .withHeader("Authorization", equalTo("Bearer tok-1"))
        .withHeader("x-vol-tenant", equalTo("123"))
        .withHeader("x-vol-site", equalTo("7"))
        .withHeader("x-vol-master-catalog", equalTo("2"))
        .withHeader("x-vol-catalog", equalTo("5"))
        .withHeader("x-vol-locale", equalTo("en-US"))
        .withHeader("x-vol-currency", equalTo("USD")));
  }

  @Test
  void uploadSendsRawOctetStreamWithFileTypeAndName() throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 1, 2, 3};
    Path file = Files.write(dir.resolve("catalog.zip"), zip);
    stubFor(post(urlPathEqualTo("/api/platform/data/files")).willReturn(okJson(
        "{\"id\":\"f1\",\"locationType\":\"internal\",\"fileName\":\"catalog.zip\",\"fileType\":\"import\"}")));

    DropLocation location = client().files().upload(file);

    assertEquals("f1", location.id().orElseThrow());
    assertEquals(FileType.IMPORT, location.fileType().orElseThrow());
    verify(postRequestedFor(urlEqualTo("/api/platform/data/files?fileType=import&fileName=catalog.zip"))
        .withHeader("Content-Type", equalTo("application/octet-stream"))
        .withHeader("Content-Length", equalTo("7"))
        .withRequestBody(binaryEqualTo(zip)));
  }

  @Test
  void getAndDownloadAFile() throws Exception {
    stubFor(get("/api/platform/data/files/f1").willReturn(okJson("{\"id\":\"f1\",\"fileName\":\"log.csv\",\"fileType\":\"log\"}")));
    stubFor(get("/api/platform/data/files/f1/content").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/csv").withBody("Resource,Row\r\nProducts,1\r\n")));

    assertEquals("log.csv", client().files().get("f1").fileName().orElseThrow());
    Path target = dir.resolve("sub/log.csv");
    assertEquals(26, client().files().download("f1", target));
    assertEquals("Resource,Row\r\nProducts,1\r\n", Files.readString(target));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client().files().download("f1", out);
    assertEquals("Resource,Row\r\nProducts,1\r\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void downloadFollowsARedirectToStorageWithoutSendingTheToken(WireMockRuntimeInfo wm) throws Exception {
    String storage = "http://127.0.0.1:" + wm.getHttpPort() + "/storage/f1.csv?sig=1";
    assertFalse(base.contains("127.0.0.1"), "the storage URL must be another origin than " + base);
    stubFor(get("/api/platform/data/files/f1/content").willReturn(aResponse().withStatus(302).withHeader("Location", storage)));
    stubFor(get(urlPathEqualTo("/storage/f1.csv")).willReturn(aResponse().withStatus(200).withBody("a,b\r\n")));

    Path target = dir.resolve("f1.csv");
    client().files().download("f1", target);

    assertEquals("a,b\r\n", Files.readString(target));
    verify(getRequestedFor(urlEqualTo("/api/platform/data/files/f1/content")).withHeader("Authorization", equalTo("Bearer tok-1")));
    verify(getRequestedFor(urlEqualTo("/storage/f1.csv?sig=1")).withHeader("Authorization", absent()));
  }

  @Test
  void publicLinkAsJsonStringOrBareTextIsFetchedWithoutCredentials() throws Exception {
    String signed = base + "/signed/export.zip?X-Amz-Signature=abc%2F1&Expires=99";
    stubFor(post("/api/platform/data/files/f1/generatelink?hourDuration=24")
        .willReturn(okJson("\"" + signed + "\"")));
    stubFor(post("/api/platform/data/files/f2/generatelink?hourDuration=2")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(signed + "\n")));
    stubFor(get(urlPathEqualTo("/signed/export.zip")).willReturn(aResponse().withStatus(200).withBody("ZIPDATA")));

    URI first = client().files().publicLink("f1");
    URI second = client().files().publicLink("f2", 2);
    assertEquals(URI.create(signed), first);
    assertEquals(URI.create(signed), second);

    Path target = dir.resolve("export.zip");
    assertEquals(7, client().files().downloadPublicLink(first, target));
    assertEquals("ZIPDATA", Files.readString(target));
    verify(getRequestedFor(urlEqualTo("/signed/export.zip?X-Amz-Signature=abc%2F1&Expires=99"))
        .withHeader("Authorization", absent())
        .withHeader("x-vol-tenant", absent()));
  }

  @Test
  void importJobCrud() {
    stubFor(post("/api/platform/data/import").willReturn(okJson(job("j1", "pending", false, ""))));
    stubFor(get(urlPathEqualTo("/api/platform/data/import")).willReturn(okJson("[" + job("j1", "complete", true, "") + "]")));
    stubFor(delete("/api/platform/data/import/j1").willReturn(aResponse().withStatus(200)));

    ImportJob created = client().imports().create(CreateImportJobRequest.builder()
        .name("Products Import")
        .domain(Domain.CATALOG)
        .addResource(ImportResourceRequest.builder().resource(KiboResource.PRODUCTS).format("Legacy").deleteOmitted(false).build())
        .addFile(DropLocation.ofId("f1"))
        .contextOverride(ContextOverride.builder().masterCatalog(2).catalog(5).site(54321).locale("en-US").currency("USD").build())
        .build());
    List<ImportJob> page = client().imports().list(
        ListJobsRequest.builder().startIndex(40).pageSize(20).filter("status eq 'complete'").build());
    client().imports().delete("j1");

    assertEquals("j1", created.id().orElseThrow());
    assertEquals(1, page.size());
    verify(postRequestedFor(urlEqualTo("/api/platform/data/import"))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
        .withRequestBody(equalToJson("{\"name\":\"Products Import\",\"domain\":\"catalog\","
            + "\"resources\":[{\"resource\":\"Products\",\"format\":\"Legacy\",\"deleteOmitted\":false}],"
            + "\"files\":[{\"id\":\"f1\",\"locationType\":\"internal\"}],"
            + "\"contextOverride\":{\"masterCatalog\":2,\"catalog\":5,\"site\":54321,\"locale\":\"en-US\",\"currency\":\"USD\"}}")));
    verify(getRequestedFor(urlEqualTo(
        "/api/platform/data/import?startIndex=40&pageSize=20&filter=status%20eq%20%27complete%27")));
    verify(deleteRequestedFor(urlEqualTo("/api/platform/data/import/j1")));
  }

  @Test
  void exportJobCrud() {
    stubFor(post("/api/platform/data/export").willReturn(okJson(job("e1", "pending", false, ""))));
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson(job("e1", "processing", false, ""))));
    stubFor(get(urlPathEqualTo("/api/platform/data/export")).willReturn(okJson("[]")));
    stubFor(delete("/api/platform/data/export/e1").willReturn(aResponse().withStatus(200)));

    ExportJob created = client().exports().create(CreateExportJobRequest.builder()
        .name("Export").domain(Domain.CATALOG).format("legacy")
        .addResource(ExportResourceRequest.builder().resource(KiboResource.ATTRIBUTES).format("legacy")
            .addField("Description").filter("AttributeCode eq 'color'").build())
        .build());
    assertEquals("processing", client().exports().get("e1").status().orElseThrow());
    assertTrue(client().exports().list(ListJobsRequest.builder().build()).isEmpty());
    client().exports().delete(created.id().orElseThrow());

    verify(postRequestedFor(urlEqualTo("/api/platform/data/export")).withRequestBody(equalToJson(
        "{\"name\":\"Export\",\"domain\":\"catalog\",\"format\":\"legacy\",\"resources\":[{\"resource\":\"Attributes\","
            + "\"format\":\"legacy\",\"filter\":\"AttributeCode eq 'color'\",\"fields\":[\"Description\"]}]}")));
    verify(getRequestedFor(urlEqualTo("/api/platform/data/export?startIndex=0&pageSize=20")));
    verify(deleteRequestedFor(urlEqualTo("/api/platform/data/export/e1")));
  }

  @Test
  void kiboErrorBodyBecomesATypedException() {
    stubFor(get("/api/platform/data/import/nope").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("x-vol-correlation", "corr-77")
        .withBody("{\"message\":\"Import job nope not found\",\"errorCode\":\"JOB_NOT_FOUND\","
            + "\"applicationName\":\"ImportExport\",\"additionalErrorData\":[{\"name\":\"id\",\"value\":\"nope\"}]}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> client().imports().get("nope"));

    assertEquals(404, e.statusCode());
    assertEquals("JOB_NOT_FOUND", e.errorCode().orElseThrow());
    assertEquals("Import job nope not found", e.apiMessage().orElseThrow());
    assertEquals("corr-77", e.requestId().orElseThrow());
  }

  @Test
  void unauthorizedRenewsTheTokenAndReplaysOnce() {
    stubFor(post(TOKEN_PATH).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"old\",\"expires_in\":3600}")).willSetStateTo("renewed"));
    stubFor(post(TOKEN_PATH).inScenario("token").whenScenarioStateIs("renewed")
        .willReturn(okJson("{\"access_token\":\"new\",\"expires_in\":3600}")));
    stubFor(get("/api/platform/data/export/e1").withHeader("Authorization", equalTo("Bearer old"))
        .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"expired\",\"errorCode\":\"UNAUTHORIZED\"}")));
    stubFor(get("/api/platform/data/export/e1").withHeader("Authorization", equalTo("Bearer new"))
        .willReturn(okJson(job("e1", "processing", false, ""))));

    assertEquals("e1", client().exports().get("e1").id().orElseThrow());
    verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(2, getRequestedFor(urlEqualTo("/api/platform/data/export/e1")));
  }

  @Test
  void waitSucceedsAfterTheLogAppears() {
    stubFor(get("/api/platform/data/import/j1").inScenario("job").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(job("j1", "processing", false, ""))).willSetStateTo("done-no-file"));
    stubFor(get("/api/platform/data/import/j1").inScenario("job").whenScenarioStateIs("done-no-file")
        .willReturn(okJson(job("j1", "complete", true, ""))).willSetStateTo("done"));
    stubFor(get("/api/platform/data/import/j1").inScenario("job").whenScenarioStateIs("done")
        .willReturn(okJson(job("j1", "complete", true, "{\"id\":\"log1\",\"fileType\":\"log\"}"))));
    List<String> seen = new ArrayList<>();

    ImportJob done = client().imports().waitForCompletion("j1", JobWait.<ImportJob>defaults()
        .onProgress(j -> seen.add(j.status().orElseThrow() + "/" + j.files().size())));

    assertEquals("log1", done.logFile().orElseThrow().id().orElseThrow());
    assertEquals(List.of("processing/0", "complete/0", "complete/1"), seen);
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), sleeps);
  }

  @Test
  void failedStatusWithHttp200BecomesKiboJobFailedException() {
    stubFor(get("/api/platform/data/import/j1").willReturn(okJson(
        job("j1", "errored", true, "{\"id\":\"log9\",\"fileType\":\"log\"}").replace("\"status\":\"errored\",\"isComplete\":true,\"resources\"",
            "\"status\":\"errored\",\"statusMessage\":\"1 of 1 resources failed\",\"isComplete\":true,\"resources\""))));

    KiboJobFailedException e = assertThrows(KiboJobFailedException.class, () -> client().imports().waitForCompletion("j1"));

    assertEquals("1 of 1 resources failed", e.statusMessage().orElseThrow());
    assertEquals(Map.of("Products", "Row 2: ProductName is required"), e.resourceDetails());
    assertEquals("log9", e.logFileId().orElseThrow());
    assertEquals("import job j1 failed with status errored: 1 of 1 resources failed;"
        + " Products errored: Row 2: ProductName is required (log file log9)", e.getMessage());
    assertEquals("j1", e.lastState(ImportJob.class).orElseThrow().id().orElseThrow());
  }

  @Test
  void waitTimesOutAndCanBeCancelled() {
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson(job("e1", "processing", false, ""))));

    PollTimeoutException timeout = assertThrows(PollTimeoutException.class, () -> client().exports()
        .waitForCompletion("e1", JobWait.<ExportJob>defaults()
            .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).maxAttempts(3).build())));
    assertTrue(timeout.getMessage().contains("export job e1 (status processing)"), timeout.getMessage());

    PollCancellation cancel = new PollCancellation();
    assertThrows(PollCancelledException.class, () -> client().exports()
        .waitForCompletion("e1", JobWait.<ExportJob>defaults().cancellation(cancel).onProgress(j -> cancel.cancel())));
  }

  @Test
  void badInputFailsBeforeTheNetworkAndSecretsStayHidden() {
    KiboImportExportClient c = client();
    assertThrows(ValidationException.class, () -> c.imports().create(CreateImportJobRequest.builder()
        .domain(Domain.CATALOG).addFile(DropLocation.ofId("f")).build()));
    ValidationException e = assertThrows(ValidationException.class, () -> c.imports().create(CreateImportJobRequest.builder()
        .domain(Domain.CATALOG).addResource(ImportResourceRequest.of(KiboResource.PRODUCTS))
        .addFile(DropLocation.ofId(" ")).build()));
    assertEquals("files[0].id", e.field());
    assertThrows(ValidationException.class, () -> c.files().upload(dir.resolve("missing.zip")));
    assertThrows(ValidationException.class, () -> c.imports().list(ListJobsRequest.builder().startIndex(-1).build()));
    verify(0, getRequestedFor(urlPathEqualTo("/api/platform/data/import")));
    verify(0, postRequestedFor(urlPathEqualTo("/api/platform/data/import")));
    verify(0, postRequestedFor(urlPathEqualTo("/api/platform/data/files")));

    ValidationException blank = assertThrows(ValidationException.class,
        () -> KiboImportExportClient.builder().tenantId(1).clientId("a").sharedSecret(" s3cr3t ").build());
    assertEquals("sharedSecret", blank.field());
    assertFalse(blank.getMessage().contains("s3cr3t"));
    assertFalse(c.toString().contains(SECRET));
    assertThrows(ValidationException.class, () -> KiboImportExportClient.builder().clientId("a").sharedSecret("b").build());
  }

  @Test
  void environmentVariablesConfigureTheClient() {
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson(job("e1", "processing", false, ""))));
    KiboImportExportClient c = KiboImportExportClient.builder().environment(Map.of(
        "KIBO_TENANT", "123", "KIBO_SITE", "9", "KIBO_CLIENT_ID", "app.id",
        "KIBO_SHARED_SECRET", SECRET, "KIBO_AUTH_HOST", base, "KIBO_API_HOST", base)).maxRetries(0).build();
    clients.add(c);

    c.exports().get("e1");

    verify(getRequestedFor(urlEqualTo("/api/platform/data/export/e1"))
        .withHeader("x-vol-tenant", equalTo("123")).withHeader("x-vol-site", equalTo("9")));
    ValidationException e = assertThrows(ValidationException.class,
        () -> KiboImportExportClient.builder().environment(Map.of("KIBO_TENANT", "abc")));
    assertEquals("KIBO_TENANT", e.field());
  }

  @Test
  void zipBytesRoundTripThroughDownloadUnchanged() throws Exception {
    byte[] bytes = new byte[70_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    stubFor(get("/api/platform/data/files/big/content").willReturn(aResponse().withStatus(200).withBody(bytes)));
    Path target = dir.resolve("big.bin");
    client().files().download("big", target);
    assertArrayEquals(bytes, Files.readAllBytes(target));
  }

  @Test
  void aDownloadOverMaxDownloadSizeEndsInProtocolExceptionAndLeavesNoFileWhileOneAtTheCapArrives() throws Exception {
    byte[] bytes = new byte[100_000];
    new java.util.Random(11).nextBytes(bytes);
    stubFor(get("/api/platform/data/files/sized/content").willReturn(aResponse().withStatus(200).withBody(bytes)
        .withHeader("Content-Length", Integer.toString(bytes.length)).withGzipDisabled(true)));
    stubFor(get("/api/platform/data/files/chunked/content").willReturn(aResponse().withStatus(200).withBody(bytes)
        .withChunkedDribbleDelay(5, 50)));
    stubFor(get(urlPathEqualTo("/signed/big.zip")).willReturn(aResponse().withStatus(200).withBody(bytes)
        .withChunkedDribbleDelay(5, 50)));
    KiboImportExportClient capped = builder().tenantHost(base).maxDownloadSize(bytes.length - 1).build();
    clients.add(capped);
    URI link = URI.create(base + "/signed/big.zip?sig=1");

    for (String id : List.of("sized", "chunked")) {
      Path target = dir.resolve(id + ".bin");
      ProtocolException e = assertThrows(ProtocolException.class, () -> capped.files().download(id, target));
      assertTrue(e.getMessage().contains("over the 99999-byte cap (maxDownloadSize)"), e.getMessage());
      assertTrue(e.getMessage().contains(id.equals("sized") ? "a body of 100000 bytes" : "more than 99999 bytes"),
          e.getMessage());
      assertFalse(Files.exists(target));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThrows(ProtocolException.class, () -> capped.files().download(id, out));
      assertTrue(out.size() <= bytes.length - 1, out.size() + " bytes written");
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> capped.async().files().download(id, target).get());
      assertTrue(async.getCause() instanceof ProtocolException, async.getCause().toString());
      assertFalse(Files.exists(target));
    }
    Path linked = dir.resolve("big.zip");
    assertThrows(ProtocolException.class, () -> capped.files().downloadPublicLink(link, linked));
    assertFalse(Files.exists(linked));
    ByteArrayOutputStream linkOut = new ByteArrayOutputStream();
    assertThrows(ProtocolException.class, () -> capped.files().downloadPublicLink(link, linkOut));
    assertTrue(linkOut.size() <= bytes.length - 1, linkOut.size() + " bytes written");
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    KiboImportExportClient exact = builder().tenantHost(base).maxDownloadSize(bytes.length).build();
    clients.add(exact);
    for (String id : List.of("sized", "chunked")) {
      Path target = dir.resolve(id + "-whole.bin");
      assertEquals(bytes.length, exact.files().download(id, target));
      assertArrayEquals(bytes, Files.readAllBytes(target));
    }
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    assertEquals(bytes.length, exact.files().downloadPublicLink(link, whole));
    assertArrayEquals(bytes, whole.toByteArray());
  }

  @Test
  void maxDownloadSizeMustBePositive() {
    ValidationException e = assertThrows(ValidationException.class, () -> builder().maxDownloadSize(0).build());
    assertEquals("maxDownloadSize", e.field());
    builder().tenantHost(base).maxDownloadSize(Long.MAX_VALUE).build().close();
  }
}

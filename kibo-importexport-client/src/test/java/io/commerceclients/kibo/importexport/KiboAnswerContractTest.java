package io.commerceclients.kibo.importexport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.files.FileUpload;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import io.commerceclients.kibo.importexport.model.JobConfiguration;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kibo answers against the spec: everything the spec allows (nullable ids, null lists, an untyped
 * configuration) parses, and an answer that lacks what the operation needs fails with {@link
 * ProtocolException} naming the operation and the field. Also what {@code responseFields} puts on
 * the wire.
 */
@WireMockTest
class KiboAnswerContractTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";

  @TempDir
  Path dir;

  private String base;
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void stubToken(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
  }

  @AfterEach
  void close() {
    clients.forEach(KiboImportExportClient::close);
  }

  private KiboImportExportClient client() {
    KiboImportExportClient c = KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared")
        .sleeper(d -> { }).maxRetries(0)
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
        .build();
    clients.add(c);
    return c;
  }

  private static ProtocolException protocolFailure(Executable call, String... mentions) {
    ProtocolException e = assertThrows(ProtocolException.class, call);
    for (String mention : mentions) {
      assertTrue(e.getMessage().contains(mention), "'" + mention + "' in: " + e.getMessage());
    }
    assertFalse(e.getMessage().contains("Cannot build"), e.getMessage());
    return e;
  }

  @Test
  void everyNullableFieldMayBeNull() {
    stubFor(get("/api/platform/data/import/j1").willReturn(okJson("{\"id\":null,\"name\":null,\"requester\":null,"
        + "\"domain\":null,\"format\":null,\"resources\":null,\"contextOverride\":{\"masterCatalog\":null,\"locale\":null,"
        + "\"currency\":null,\"catalog\":null,\"site\":null},\"auditInfo\":{\"updateDate\":null,\"createDate\":null,"
        + "\"updateBy\":null,\"createBy\":null},\"status\":null,\"statusDetails\":null,\"statusMessage\":null,"
        + "\"configuration\":null,\"files\":null}")));
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson("{\"exportDate\":null,\"resources\":[{\"resource\":null,"
        + "\"filter\":null,\"fields\":null,\"format\":null,\"status\":null,\"statusMessage\":null,\"stateDetails\":null,"
        + "\"configuration\":null}],\"files\":[{\"id\":null,\"uri\":null,\"locationType\":null,\"fileName\":null,"
        + "\"fileType\":null}]}")));
    stubFor(get("/api/platform/data/files/f1").willReturn(okJson("{\"id\":null,\"fileName\":\"x.zip\"}")));

    ImportJob job = client().imports().get("j1");
    ExportJob export = client().exports().get("e1");
    DropLocation file = client().files().get("f1");

    assertEquals(Optional.empty(), job.id());
    assertTrue(job.resources().isEmpty() && job.files().isEmpty());
    assertEquals(Optional.empty(), job.contextOverride().orElseThrow().masterCatalog());
    assertEquals(Optional.empty(), export.files().get(0).id());
    assertTrue(export.resources().get(0).fields().isEmpty());
    assertEquals(Optional.empty(), file.id());
    assertFalse(job.isDone());
  }

  @Test
  void aFileWithoutAnIdInAJobDoesNotFailThePoll() {
    String files = "[{\"fileName\":\"upload.zip\",\"fileType\":\"import\"},{\"id\":null,\"fileType\":\"log\"}]";
    stubFor(get("/api/platform/data/import/j1").inScenario("job").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\":\"j1\",\"status\":\"complete\",\"isComplete\":true,\"files\":" + files + "}"))
        .willSetStateTo("log"));
    stubFor(get("/api/platform/data/import/j1").inScenario("job").whenScenarioStateIs("log")
        .willReturn(okJson("{\"id\":\"j1\",\"status\":\"complete\",\"isComplete\":true,\"files\":[{\"fileType\":\"log\"},"
            + "{\"id\":\"log1\",\"fileType\":\"log\"}]}")));

    ImportJob done = client().imports().waitForCompletion("j1");

    assertEquals(Optional.of("log1"), done.logFile().orElseThrow().id(), "the log with an id is the one used");
    verify(2, getRequestedFor(urlEqualTo("/api/platform/data/import/j1")));
  }

  @Test
  void configurationMayBeAnyJsonValue() {
    stubFor(get(urlPathEqualTo("/api/platform/data/import")).willReturn(okJson("["
        + "{\"id\":\"a\",\"configuration\":\"nightly\",\"resources\":[{\"resource\":\"Products\",\"configuration\":42}]},"
        + "{\"id\":\"b\",\"configuration\":[1,\"two\",{\"three\":3}],\"resources\":[{\"configuration\":true}]},"
        + "{\"id\":\"c\",\"configuration\":{\"batch\":{\"size\":500}},\"resources\":[{\"configuration\":2.5}]},"
        + "{\"id\":\"d\",\"configuration\":null}]")));
    stubFor(post("/api/platform/data/import").willReturn(okJson("{\"id\":\"j9\"}")));

    List<ImportJob> jobs = client().imports().list(ListJobsRequest.builder().build());

    assertEquals(Optional.of("nightly"), jobs.get(0).configuration().orElseThrow().asText());
    assertEquals(Optional.of(42), jobs.get(0).resources().get(0).configuration().orElseThrow().asNumber());
    assertEquals(List.of(1, "two", Map.of("three", 3)), jobs.get(1).configuration().orElseThrow().asList().orElseThrow());
    assertEquals(Optional.of(true), jobs.get(1).resources().get(0).configuration().orElseThrow().asBoolean());
    assertEquals(Map.of("batch", Map.of("size", 500)), jobs.get(2).configuration().orElseThrow().asMap().orElseThrow());
    assertEquals(Optional.of(2.5), jobs.get(2).resources().get(0).configuration().orElseThrow().asNumber());
    assertEquals(Optional.empty(), jobs.get(3).configuration());

    client().imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ImportResourceRequest.builder().resource(KiboResource.PRODUCTS)
            .configuration(JobConfiguration.of(List.of("a", 1))).build())
        .addFile(DropLocation.ofId("f1"))
        .configuration(JobConfiguration.ofMap(Map.of("mode", "fast")))
        .build());
    verify(postRequestedFor(urlEqualTo("/api/platform/data/import")).withRequestBody(equalToJson(
        "{\"domain\":\"catalog\",\"resources\":[{\"resource\":\"Products\",\"configuration\":[\"a\",1]}],"
            + "\"files\":[{\"id\":\"f1\",\"locationType\":\"internal\"}],\"configuration\":{\"mode\":\"fast\"}}")));
  }

  @Test
  void anUploadAnswerWithoutAFileIdFailsNamingTheOperationAndField() throws Exception {
    Path zip = Files.write(dir.resolve("a.zip"), new byte[] {'P', 'K', 3, 4});
    stubFor(post(urlPathEqualTo("/api/platform/data/files"))
        .willReturn(okJson("{\"id\":null,\"fileName\":\"a.zip\",\"fileType\":\"import\"}")));

    protocolFailure(() -> client().files().upload(zip), "upload file", "POST /platform/data/files", "'id'");
    stubFor(post(urlPathEqualTo("/api/platform/data/files")).willReturn(okJson("null")));
    protocolFailure(() -> client().files().upload(zip), "KiboImportExportApi.uploadFile", "no body");
  }

  @Test
  void aCreatedJobWithoutAnIdFailsNamingTheOperationAndField() {
    stubFor(post("/api/platform/data/import").willReturn(okJson("{\"status\":\"pending\"}")));
    stubFor(post("/api/platform/data/export").willReturn(okJson("{\"id\":\" \",\"status\":\"pending\"}")));

    protocolFailure(() -> client().imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
            .addResource(ImportResourceRequest.of(KiboResource.PRODUCTS)).addFile(DropLocation.ofId("f1")).build()),
        "create import job", "POST /platform/data/import", "'id'");
    protocolFailure(() -> client().exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
            .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build()),
        "create export job", "'id'");
  }

  @Test
  void unusableTokenAndTenantAnswersAreProtocolFailures() {
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"  \",\"expires_in\":3600}")));
    protocolFailure(() -> client().imports().get("j1"), "token answer", "access_token");

    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\"}")));
    stubFor(get("/api/platform/tenants/123").willReturn(okJson("{\"id\":123,\"domain\":null}")));
    KiboImportExportClient lookingUp = KiboImportExportClient.builder().authHost(base).tenantId(123)
        .clientId("app.id").sharedSecret("s3cr3t-shared").maxRetries(0).build();
    clients.add(lookingUp);
    protocolFailure(() -> lookingUp.imports().get("j1"), "tenant lookup", "no domain");
  }

  @Test
  void anExportWhoseFileNeverGetsAnIdIsAProtocolFailure() {
    stubFor(post("/api/platform/data/export").willReturn(okJson("{\"id\":\"e1\",\"status\":\"pending\"}")));
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson(
        "{\"id\":\"e1\",\"status\":\"complete\",\"isComplete\":true,\"files\":[{\"fileType\":\"export\"}]}")));

    protocolFailure(() -> client().exports().run(ExportRequest.builder().domain(Domain.CATALOG)
            .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).target(dir.resolve("e.zip")).build()),
        "export job e1", "'files'", "'id'");
    verify(0, postRequestedFor(urlPathMatching(".*/generatelink")));
  }

  @Test
  void anEmptyPublicLinkAnswerIsAProtocolFailure() {
    stubFor(post(urlPathEqualTo("/api/platform/data/files/f1/generatelink")).willReturn(aResponse().withStatus(200)));
    protocolFailure(() -> client().files().publicLink("f1"), "generate public link");
  }

  @Test
  void responseFieldsTravelAsAQueryParameterWhereverTheSpecHasIt() throws Exception {
    stubFor(get(urlPathEqualTo("/api/platform/data/import/j1")).willReturn(okJson("{\"id\":\"j1\",\"status\":\"complete\"}")));
    stubFor(get(urlPathEqualTo("/api/platform/data/export/e1")).willReturn(okJson("{\"id\":\"e1\"}")));
    stubFor(get(urlPathEqualTo("/api/platform/data/import")).willReturn(okJson("[{\"id\":\"j1\"}]")));
    stubFor(post(urlPathEqualTo("/api/platform/data/import")).willReturn(okJson("{\"id\":\"j2\"}")));
    stubFor(post(urlPathEqualTo("/api/platform/data/export")).willReturn(okJson("{\"id\":\"e2\"}")));
    stubFor(get(urlPathEqualTo("/api/platform/data/files/f1")).willReturn(okJson("{\"fileName\":\"x.zip\"}")));
    stubFor(post(urlPathEqualTo("/api/platform/data/files")).willReturn(okJson("{\"id\":\"f2\"}")));
    Path zip = Files.write(dir.resolve("b.zip"), new byte[] {'P', 'K', 3, 4});
    KiboImportExportClient c = client();

    assertEquals(Optional.of("complete"), c.imports().get("j1", "id,status").status());
    c.exports().get("e1", "id");
    c.imports().get("j1", " ");
    c.imports().list(ListJobsRequest.builder().filter("status eq 'complete'").responseFields("id,files(id)").build());
    c.imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ImportResourceRequest.of(KiboResource.PRODUCTS)).addFile(DropLocation.ofId("f1"))
        .responseFields("id,status").build());
    c.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).responseFields("id").build());
    assertEquals(Optional.of("x.zip"), c.files().get("f1", "fileName").fileName());
    assertEquals(Optional.of("f2"), c.files().upload(FileUpload.builder().file(zip).fileName("named.zip")
        .responseFields("id").build()).id());

    verify(getRequestedFor(urlEqualTo("/api/platform/data/import/j1?responseFields=id%2Cstatus")));
    verify(getRequestedFor(urlEqualTo("/api/platform/data/export/e1?responseFields=id")));
    verify(getRequestedFor(urlEqualTo("/api/platform/data/import/j1")));
    verify(getRequestedFor(urlEqualTo("/api/platform/data/import?startIndex=0&pageSize=20"
        + "&filter=status%20eq%20%27complete%27&responseFields=id%2Cfiles%28id%29")));
    verify(postRequestedFor(urlEqualTo("/api/platform/data/import?responseFields=id%2Cstatus")).withRequestBody(equalToJson(
        "{\"domain\":\"catalog\",\"resources\":[{\"resource\":\"Products\"}],"
            + "\"files\":[{\"id\":\"f1\",\"locationType\":\"internal\"}]}")));
    verify(postRequestedFor(urlEqualTo("/api/platform/data/export?responseFields=id")).withRequestBody(equalToJson(
        "{\"domain\":\"catalog\",\"resources\":[{\"resource\":\"Products\"}]}")));
    verify(getRequestedFor(urlEqualTo("/api/platform/data/files/f1?responseFields=fileName")));
    verify(postRequestedFor(urlEqualTo("/api/platform/data/files?fileType=import&fileName=named.zip&responseFields=id")));
  }
}

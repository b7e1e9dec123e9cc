package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * FakeKibo as one of the fake family: the fake and a ready client injected as parameters (the
 * client closed after its test), {@code reset()}, and what {@code clientBuilder()} sets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeKiboExtensionTest {

  private static final String TOKEN = "/api/platform/applications/authtickets/oauth";
  private static final String EXPORTS = "/api/platform/data/export";

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo("family.app.1.0.0.Release", "family-shared-secret-42", 20002);

  private static KiboImportExportClient injectedEarlier;

  @BeforeEach
  void clean() {
    kibo.reset();
  }

  private static List<String> sent() {
    return kibo.requests().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toList());
  }

  private static ExportJob export(KiboImportExportClient client) {
    String id = client.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build()).id().orElseThrow();
    return client.exports().waitForCompletion(id);
  }

  @Test
  @Order(1)
  void injectsTheFakeAndAClientThatCallsItOverTheWire(FakeKibo fake, KiboImportExportClient client) {
    assertEquals(List.of(), client.imports().list(ListJobsRequest.builder().build()));

    assertSame(kibo, fake);
    assertEquals(List.of("POST " + TOKEN, "GET /api/platform/tenants/20002", "GET /api/platform/data/import"), sent());
    RecordedRequest token = kibo.requests().get(0);
    assertTrue(token.bodyText().contains("\"client_id\":\"family.app.1.0.0.Release\""), token.bodyText());
    assertTrue(kibo.requests().get(2).header("Authorization").orElseThrow().startsWith("Bearer fake-"));
    assertEquals("20002", kibo.requests().get(2).header("x-vol-tenant").orElseThrow());
    injectedEarlier = client;
  }

  @Test
  @Order(2)
  void theInjectedClientWasClosedAfterItsTest() {
    assertNotNull(injectedEarlier, "the injection test runs first");
    assertThrows(IllegalStateException.class, () -> injectedEarlier.imports().list(ListJobsRequest.builder().build()));
    assertEquals(List.of(), kibo.requests());
  }

  @Test
  void resetForgetsTokensFilesJobsRowsBatchJobsAndTestSettings(KiboImportExportClient client) {
    String baseUrl = kibo.baseUrl();
    kibo.seed("Products", List.of(Map.of("ProductCode", "A-1"))).pollsUntilDone(4).tokenLifetime(Duration.ofMinutes(5));
    ExportJob done = export(client);
    String zipId = kibo.storedFileIds().get(0);
    Path zip = kibo.storedFile(zipId).orElseThrow();
    client.batchJobs().create(CreateBatchJobRequest.builder().code("B1").name("Prices").build());
    kibo.faults().failNext(5, RequestMatcher.of("GET", EXPORTS + "/{id}"), Fault.status(500));

    kibo.reset();

    assertEquals(List.of(), kibo.rows("Products"));
    assertEquals(0, kibo.exportJobCount());
    assertEquals(List.of(), kibo.storedFileIds());
    assertFalse(Files.exists(zip), "the export's ZIP is deleted");
    assertEquals(0, kibo.batchJobs().count());
    assertEquals(0, kibo.tokensIssued());
    assertEquals(List.of(), kibo.requests());
    assertEquals("complete", done.status().orElseThrow());

    export(client);   // the old token is refused once and renewed; the job is done on its 2nd read again
    assertEquals(List.of("POST " + EXPORTS, "POST " + TOKEN, "POST " + EXPORTS,
        "GET " + EXPORTS + "/{id}", "GET " + EXPORTS + "/{id}"), sent().stream()
        .map(s -> s.replaceAll(EXPORTS + "/[^/]+$", EXPORTS + "/{id}")).collect(Collectors.toList()));
    assertEquals(baseUrl, kibo.baseUrl());
  }

  @Test
  void clientBuilderRetries503sAndPollsWithoutWaiting() {
    kibo.pollsUntilDone(6);
    kibo.faults().failNext(2, RequestMatcher.of("GET", EXPORTS + "/{id}"), Fault.status(503).withHeader("Retry-After", "60"));

    // A real sleeper would wait the 60 s Retry-After twice, then 2 s, 3 s, 4.5 s... between polls.
    try (KiboImportExportClient client = kibo.clientBuilder(KiboImportExportClient.Builder.class).build()) {
      assertEquals("complete", export(client).status().orElseThrow());
    }

    assertEquals(2 + 6, kibo.requestCount("GET", EXPORTS + "/{id}"), "two 503s retried, then six polls");
    assertEquals(2, kibo.faults().played().size());
  }

  @Test
  void settingsMadeOnTheBuilderAfterwardsWin() {
    kibo.faults().failNext(1, RequestMatcher.of("GET", "/api/platform/data/import"), Fault.status(503));
    KiboImportExportClient.Builder builder = kibo.clientBuilder();

    try (KiboImportExportClient client = builder.maxRetries(0).build()) {
      assertThrows(ServerException.class, () -> client.imports().list(ListJobsRequest.builder().build()));
    }
    assertEquals(1, kibo.requestCount("GET", "/api/platform/data/import"));
  }
}

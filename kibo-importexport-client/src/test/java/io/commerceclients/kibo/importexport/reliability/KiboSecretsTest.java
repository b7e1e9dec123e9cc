package io.commerceclients.kibo.importexport.reliability;

import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.FaultCase;
import io.commerceclients.core.support.LogCapture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * With BODY logging on, every Kibo operation and fault is run; then the logs, every exception's message
 * and {@code toString()}, and the {@code toString()} of the builder, the client, the models and the
 * requests are scanned for the shared secret (right and wrong) and every access token issued.
 */
class KiboSecretsTest {

  private static final String SECRET = "kibo-shared-7Yp3Lq9Vd2Rx5Tz8";
  private static final String WRONG_SECRET = "kibo-wrong-4Hm8Kc1Nf6Wb3Qs0";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo(FakeKibo.DEFAULT_CLIENT_ID, SECRET, FakeKibo.DEFAULT_TENANT_ID);

  @TempDir
  Path dir;

  private final List<Object> shown = new ArrayList<>();

  @Test
  void noSecretOrTokenInLogsMessagesOrToString() throws Exception {
    kibo.tokenLifetime(Duration.ofHours(1)).seed("Products", List.of(Map.of("ProductCode", "A-1")));
    String logs;
    try (LogCapture capture = new LogCapture()) {
      KiboImportExportClient.Builder builder = builder(SECRET);
      shown.add(builder);
      try (KiboImportExportClient client = builder.build()) {
        shown.add(client);
        runEverything(client);
        kibo.expireTokens();
        shown.add(client.imports().list(ListJobsRequest.builder().build()));
        runFaults(client);
      }
      try (KiboImportExportClient wrong = builder(WRONG_SECRET).build()) {
        shown.add(wrong);
        caught(() -> wrong.imports().list(ListJobsRequest.builder().build()));
      }
      caught(() -> builder(" " + SECRET).build());
      caught(() -> builder(SECRET + "\t").build());
      logs = capture.text();
    }

    Set<String> secrets = new TreeSet<>(List.of(SECRET, WRONG_SECRET));
    kibo.requests(r -> r.header("Authorization").isPresent())
        .forEach(r -> secrets.add(r.header("Authorization").orElseThrow().replace("Bearer ", "")));
    assertTrue(secrets.size() >= 4, "at least two tokens were used: " + secrets.size());
    assertTrue(logs.contains("authtickets/oauth") && logs.contains("/api/platform/data/import"), "logging was on");
    assertTrue(shown.stream().anyMatch(o -> o instanceof ApiException), "faults produced exceptions");
    for (String secret : secrets) {
      assertFalse(logs.contains(secret), () -> "in the logs: " + logs.lines().filter(l -> l.contains(secret))
          .limit(3).collect(Collectors.joining("\n")));
      for (Object o : shown) {
        assertFalse(String.valueOf(o).contains(secret), () -> "in toString of " + o.getClass().getName());
        if (o instanceof Throwable) {
          for (Throwable t = (Throwable) o; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "in a message: " + t);
            if (t instanceof ApiException) {
              assertFalse(((ApiException) t).rawBody().orElse("").contains(secret));
            }
          }
        }
      }
    }
  }

  private KiboImportExportClient.Builder builder(String secret) {
    return KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(secret)
        .logLevel(HttpLogLevel.BODY).readTimeout(FaultCase.READ_TIMEOUT).sleeper(new RecordingSleeper())
        .polling(PollingOptions.builder().interval(Duration.ofMillis(1)).multiplier(1).build());
  }

  private void runEverything(KiboImportExportClient client) throws Exception {
    Path csvDir = Files.createDirectories(dir.resolve("csv"));
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(csvDir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
    }
    ImportRequest importRequest = ImportRequest.builder().domain(Domain.CATALOG).directory(csvDir).build();
    shown.add(importRequest);
    shown.add(client.imports().run(importRequest));
    Path bad = Files.writeString(dir.resolve("locationtypes.csv"), "LocationTypeCode\r\nWH\r\n");
    Path zip = KiboZip.zip(List.of(bad), dir.resolve("bad.zip"));
    caught(() -> client.imports().run(ImportRequest.builder().domain(Domain.CATALOG).zipFile(zip).build()));
    ExportRequest exportRequest = ExportRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).target(dir.resolve("e.zip")).build();
    shown.add(exportRequest);
    shown.add(client.exports().run(exportRequest));
    DropLocation file = client.files().upload(zip);
    shown.add(file);
    shown.add(client.files().get(file.id().orElseThrow()));
    client.files().download(file.id().orElseThrow(), new ByteArrayOutputStream());
    URI link = client.files().publicLink(file.id().orElseThrow());
    client.files().downloadPublicLink(link, new ByteArrayOutputStream());
    CreateExportJobRequest create = CreateExportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build();
    shown.add(create);
    String id = client.exports().create(create).id().orElseThrow();
    shown.add(client.exports().waitForCompletion(id));
    shown.add(client.exports().listAll(ListJobsRequest.builder().build()).stream().collect(Collectors.toList()));
    client.exports().delete(id);
    caught(() -> client.exports().get(id));
  }

  private void runFaults(KiboImportExportClient client) {
    for (Fault fault : List.of(Fault.status(500), Fault.status(503), Fault.rateLimited(120), Fault.status(401),
        Fault.connectionReset(), Fault.truncatedBody(), Fault.malformedJson(), FaultCase.TIMEOUT)) {
      // A timeout that runs out of retries once (the token) is enough; elsewhere it is played once and retried.
      int times = fault.toString().startsWith("delay") ? 1 : 3;
      kibo.expireTokens();
      kibo.faults().failNext(3, RequestMatcher.of("POST", "/api/platform/applications/authtickets/oauth"), fault);
      caught(() -> client.imports().list(ListJobsRequest.builder().build()));
      kibo.faults().clear();
      kibo.faults().failNext(times, RequestMatcher.of("GET", "/api/platform/data/import"), fault);
      caught(() -> client.imports().list(ListJobsRequest.builder().build()));
      kibo.faults().clear();
    }
  }

  @Test
  void aSharedSecretEchoedJsonEscapedByTheTokenEndpointIsMaskedInTheMessageAndLog() {
    String secret = "Zx9/kq2+Lm7/Wt4==";
    String escaped = secret.replace("/", "\\/");
    WireMockServer auth = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    auth.start();
    try (LogCapture logs = new LogCapture();
        KiboImportExportClient client = KiboImportExportClient.builder().authHost(auth.baseUrl())
            .tenantHost(auth.baseUrl()).tenantId(1234).clientId("app.id").sharedSecret(secret)
            .logLevel(HttpLogLevel.BODY).build()) {
      auth.stubFor(WireMock.post(WireMock.urlPathEqualTo("/api/platform/applications/authtickets/oauth"))
          .willReturn(WireMock.aResponse().withStatus(401).withHeader("Content-Type", "application/json")
              .withBody("{\"error\":\"invalid_client\",\"error_description\":\"client secret " + escaped
                  + " does not match app.id\"}")));
      ApiException e = assertThrows(ApiException.class, () -> client.imports().list(ListJobsRequest.builder().build()));
      assertTrue(e.getMessage().contains("client secret ****"), e.getMessage());
      assertFalse(logs.text().contains(escaped), logs.text());
    } finally {
      auth.stop();
    }
  }

  @Test
  void theTokenOfAnExpiredPublicLinkIsMaskedInTheMessageAndLog() throws Exception {
    try (LogCapture logs = new LogCapture();
        KiboImportExportClient client = KiboImportExportClient.builder().authHost(kibo.baseUrl())
            .tenantId(kibo.tenantId()).clientId(kibo.clientId()).sharedSecret(SECRET)
            .logLevel(HttpLogLevel.BASIC).build()) {
      DropLocation file = client.files().upload(Files.writeString(dir.resolve("a.zip"), "x"));
      URI link = client.files().publicLink(file.id().orElseThrow(), 1);
      String path = link.getPath();
      String token = path.substring(path.lastIndexOf('/') + 1).replace(".zip", "");
      kibo.advanceTime(Duration.ofHours(2));
      ApiException e = assertThrows(ApiException.class,
          () -> client.files().downloadPublicLink(link, new ByteArrayOutputStream()));
      assertTrue(e.getMessage().contains(link.getHost()), e.getMessage());
      assertFalse(e.getMessage().contains(token), e.getMessage());
      assertFalse(logs.text().contains(token), logs.text());
    }
  }

  private void caught(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      shown.add(e);
    }
  }
}

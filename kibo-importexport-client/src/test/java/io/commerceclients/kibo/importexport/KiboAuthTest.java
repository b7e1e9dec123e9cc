package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class KiboAuthTest {

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  /** A clock the client's sleeper moves forward, shared with the fake: time passes only by polling. */
  static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void shortLivedTokensAreRefreshedAheadOfExpiryDuringALongPoll() {
    SteppingClock clock = new SteppingClock();
    kibo.clock(clock).tokenLifetime(Duration.ofSeconds(60)).pollsUntilDone(12);
    try (KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .clock(clock).sleeper(clock::advance)
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(20)).multiplier(1).build())
        .build()) {
      String id = client.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
          .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build()).id().orElseThrow();

      assertTrue(client.exports().waitForCompletion(id).isSucceeded());
    }
    assertTrue(kibo.tokensIssued() >= 6, "a new token about every 30 s of a 220 s wait: " + kibo.tokensIssued());
    assertEquals(0, kibo.requests(r -> r.path().startsWith("/api/platform/data")).stream()
        .filter(r -> r.header("Authorization").isEmpty()).count());
    assertEquals(12, kibo.requestCount("GET", "/api/platform/data/export/{id}"), "no request was refused and replayed");
  }

  @Test
  void bodyLevelLogsNeverShowTheSecretOrTheToken(@TempDir Path dir) {
    kibo.seed("Products", java.util.List.of(java.util.Map.of("ProductCode", "A-1")));
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .logLevel(HttpLogLevel.BODY)
        .polling(PollingOptions.builder().interval(Duration.ofMillis(1)).multiplier(1).build())
        .build()) {
      client.exports().run(ExportRequest.builder().domain(Domain.CATALOG)
          .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).target(dir.resolve("e.zip")).build());
    } finally {
      System.setErr(original);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertTrue(logs.contains("authtickets/oauth"), logs);
    assertTrue(logs.contains("/public-files/"), "the public-link download is logged too: " + logs);
    assertFalse(logs.contains(kibo.sharedSecret()), logs);
    assertFalse(Pattern.compile("fake-[0-9a-f]{8}-").matcher(logs).find(), "an access token leaked: " + logs);
  }
}

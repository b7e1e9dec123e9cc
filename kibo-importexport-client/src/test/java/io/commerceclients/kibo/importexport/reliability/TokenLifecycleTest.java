package io.commerceclients.kibo.importexport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long Kibo import (upload, job, 12 polls, log) during which the token expires (time runs out) or is
 * revoked (the server refuses it before its time): the import completes with exactly one new token.
 */
class TokenLifecycleTest {

  private static final String JOB = "/api/platform/data/import/{id}";
  private static final int POLLS = 12;

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock();

  private KiboImportExportClient client() {
    kibo.clock(clock).pollsUntilDone(POLLS);
    return KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .clock(clock).sleeper(d -> { })
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(5)).multiplier(1).timeout(Duration.ofHours(3)).build())
        .build();
  }

  private ImportRequest request() {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(dir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
      csv.writeRow(Map.of("LocationTypeCode", "ST", "LocationTypeName", "Store"));
    }
    return ImportRequest.builder().domain(Domain.CATALOG).directory(dir).build();
  }

  @Test
  void aTokenThatExpiresMidJobIsReplacedOnceBeforeAnyRequestIsRefused() {
    kibo.onJobGet(n -> {
      if (n == 5) {
        clock.advance(Duration.ofHours(1)); // the 1-hour token runs out between two polls
      }
    });

    ImportResult result;
    try (KiboImportExportClient client = client()) {
      result = client.imports().run(request());
    }

    assertTrue(result.job().isSucceeded(), result.job()::toString);
    assertEquals(2, kibo.rows("LocationTypes").size());
    assertEquals(2, kibo.tokensIssued(), "one token, then exactly one new one");
    assertEquals(POLLS, kibo.requestCount("GET", JOB), "the expired token was never sent: no poll was refused");
    assertEquals(2, bearerTokensUsed().size());
  }

  @Test
  void aTokenRevokedMidJobIsReplacedOnceAndTheRefusedPollReplayed() {
    kibo.onJobGet(n -> {
      if (n == 5) {
        kibo.expireTokens(); // the server stops honouring a token the client believes valid
      }
    });

    ImportResult result;
    try (KiboImportExportClient client = client()) {
      result = client.imports().run(request());
    }

    assertTrue(result.job().isSucceeded(), result.job()::toString);
    assertEquals(2, kibo.rows("LocationTypes").size());
    assertEquals(2, kibo.tokensIssued(), "one token, then exactly one new one");
    assertEquals(POLLS + 1, kibo.requestCount("GET", JOB), "one poll was refused with 401 and replayed");
    assertEquals(1, kibo.importJobCount(), "the job was created once");
    assertEquals(1, kibo.requestCount("POST", "/api/platform/data/files"), "the file was uploaded once");
    assertEquals(2, bearerTokensUsed().size());
  }

  private Set<String> bearerTokensUsed() {
    List<RecordedRequest> api = kibo.requests(r -> r.path().startsWith("/api/platform/data"));
    assertTrue(api.stream().allMatch(r -> r.header("Authorization").isPresent()));
    return api.stream().map(r -> r.header("Authorization").orElseThrow()).collect(Collectors.toSet());
  }
}

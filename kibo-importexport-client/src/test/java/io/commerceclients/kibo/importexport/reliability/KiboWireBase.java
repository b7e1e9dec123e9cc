package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setup of the WireMock tests of this package: a token endpoint answering {@code tok-1}, and
 * clients on WireMock's {@code localhost} origin (so {@code 127.0.0.1} is another origin), without
 * retries or waits, polling at most 5 times; closed after each test.
 */
abstract class KiboWireBase {
  static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";
  static final String SECRET = "s3cr3t-shared";

  @TempDir
  Path dir;

  String base;
  int port;
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void stubToken(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    port = wm.getHttpPort();
    stubFor(post(TOKEN_PATH).willReturn(okJson(
        "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"r\"}")));
  }

  @AfterEach
  void closeClients() {
    clients.forEach(KiboImportExportClient::close);
  }

  /** Another origin than {@link #base}: the same server under {@code 127.0.0.1}. */
  String otherOrigin() {
    return "http://127.0.0.1:" + port;
  }

  KiboImportExportClient client() {
    KiboImportExportClient c = KiboImportExportClient.builder()
        .authHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET)
        .sleeper(d -> { }).maxRetries(0).tenantHost(base)
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(3)).multiplier(1).maxAttempts(5).build())
        .build();
    clients.add(c);
    return c;
  }
}

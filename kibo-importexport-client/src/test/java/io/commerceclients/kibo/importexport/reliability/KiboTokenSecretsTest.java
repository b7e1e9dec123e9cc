package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.commerceclients.core.support.SecretScan.everything;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.support.LogCapture;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kibo's auth host as an attacker plays it, at every log level: a refusal that echoes the shared
 * secret in every place an answer has, token answers that are broken around the token, and a token
 * fetched once and reused, which no log line, message or {@code toString()} ever shows.
 */
@WireMockTest
class KiboTokenSecretsTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";
  private static final String LIST = "/api/platform/data/export";
  private static final String SECRET = "kibo/Shared+Secret=9Xw2Lq7";
  private static final String TOKEN = "eyJtok-Bearer-4Kd9Qm2Vx7Rz";

  private String base;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    WireMock.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
  }

  private KiboImportExportClient client(HttpLogLevel level) {
    return KiboImportExportClient.builder().authHost(base).tenantHost(base).tenantId(123).clientId("app.id")
        .sharedSecret(SECRET).logLevel(level).maxRetries(0).sleeper(d -> { }).build();
  }

  private static void assertShowsNothing(String secret, String logs, Object... shown) {
    assertFalse(logs.contains(secret), logs);
    for (Object o : shown) {
      String text = o instanceof Throwable ? everything((Throwable) o) : String.valueOf(o);
      assertFalse(text.contains(secret), text);
    }
  }

  @Test
  void aRefusalEchoingTheSharedSecretEverywhereShowsItNowhere() {
    String encoded = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    String escaped = SECRET.replace("/", "\\/");
    WireMock.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withHeader("WWW-Authenticate", "Bearer error=\"invalid_client\", error_description=\"" + SECRET + "\"")
        .withHeader("Set-Cookie", "last=" + encoded + "; HttpOnly")
        .withHeader("Location", "https://login.example/retry?client_secret=" + encoded + "&echo=" + encoded)
        .withHeader("X-Request-Id", SECRET)
        .withBody("<html><pre>{\"request\":{\"body\":{\"client_id\":\"app.id\",\"client_secret\":\"" + escaped
            + "\"},\"form\":\"client_secret=" + encoded + "\"}}</pre><p>secret " + SECRET + " rejected</p></html>")));
    for (HttpLogLevel level : HttpLogLevel.values()) {
      try (LogCapture logs = new LogCapture(); KiboImportExportClient client = client(level)) {
        ApiException e = assertThrows(ApiException.class, () -> client.exports().list(ListJobsRequest.builder().build()));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        for (String form : List.of(SECRET, encoded, escaped)) {
          assertShowsNothing(form, logs.text(), e, client);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"access_token\":" + TOKEN + ",\"expires_in\":3600}",
      "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":\"soon\"}",
      "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":0}",
      "{\"access_token\":\"" + TOKEN + " \",\"expires_in\":3600}",
      "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600",
      "{\"access_token\":[\"" + TOKEN + "\"],\"expires_in\":3600}",
      "\"" + TOKEN + "\""})
  void aBrokenTokenAnswerNeverShowsTheTokenItCarries(String answer) {
    WireMock.stubFor(post(TOKEN_PATH).willReturn(okJson(answer)));
    for (HttpLogLevel level : HttpLogLevel.values()) {
      try (LogCapture logs = new LogCapture(); KiboImportExportClient client = client(level)) {
        ApiException e = assertThrows(ApiException.class, () -> client.exports().list(ListJobsRequest.builder().build()));
        assertShowsNothing(TOKEN, logs.text(), e, client);
      }
    }
    WireMock.verify(0, getRequestedFor(urlPathEqualTo(LIST)));
  }

  @Test
  void aTokenFetchedOnceAndReusedIsNeverLoggedNorItsRequestsSecret() {
    WireMock.stubFor(post(TOKEN_PATH).willReturn(okJson(
        "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"refresh-9Tq\"}")));
    WireMock.stubFor(get(urlPathEqualTo("/api/platform/data/export/job-1")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Bearer " + TOKEN + " may not read job-1\",\"items\":[{\"token\":\"" + TOKEN + "\"}]}")));
    try (LogCapture logs = new LogCapture(); KiboImportExportClient client = client(HttpLogLevel.BODY)) {
      for (int i = 0; i < 3; i++) {
        client.exports().list(ListJobsRequest.builder().build());
      }
      ApiException e = assertThrows(ApiException.class, () -> client.exports().get("job-1"));
      String text = logs.text();
      assertTrue(text.contains("client_secret") && text.contains("Authorization: ****"), text);
      for (String secret : List.of(SECRET, TOKEN, "refresh-9Tq")) {
        assertShowsNothing(secret, text, e, client);
      }
    }
    WireMock.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("client_secret")));
    WireMock.verify(3, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kibo-Secret9\r\nX-Injected: yes", "kibo-\u0000Secret9", "kibo-\tSecret9"})
  void aSharedSecretWithAControlCharacterIsRefusedBeforeTheNetworkWithoutEchoingIt(String secret) {
    io.commerceclients.core.validation.ValidationException e = assertThrows(
        io.commerceclients.core.validation.ValidationException.class,
        () -> KiboImportExportClient.builder().authHost(base).tenantHost(base).tenantId(123).clientId("app.id")
            .sharedSecret(secret).build().exports().list(ListJobsRequest.builder().build()));
    assertTrue(e.getMessage().contains("sharedSecret"), e.getMessage());
    assertShowsNothing("Secret9", "", e);
    WireMock.verify(0, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }
}

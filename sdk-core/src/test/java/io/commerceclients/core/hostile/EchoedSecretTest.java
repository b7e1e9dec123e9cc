package io.commerceclients.core.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.support.LogCapture;
import io.commerceclients.core.support.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Servers that echo credentials or carry signatures: nothing secret reaches a message, a raw body or a log. */
@WireMockTest
class EchoedSecretTest {
  private static final String KEY = "kb_live_4f9a8c7d6e5b";
  private static final String PASSWORD = "p4ssw0rd-karla-shop";

  @Test
  void anErrorBodyEchoingTheApiKeyIsMaskedInTheMessageAndRawBody(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Invalid API key " + KEY + "\",\"x-api-key\":\"" + KEY + "\",\"echo\":{\"X-API-Key\":\""
            + KEY + "\"}}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.BODY)
            .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
      assertFalse(e.getMessage().contains(KEY), e.getMessage());
      assertTrue(e.getMessage().contains("Invalid API key ****"), e.getMessage());
      assertFalse(e.rawBody().orElseThrow().contains(KEY), e.rawBody().orElseThrow());
      assertFalse(logs.text().contains(KEY), logs.text());
    }
  }

  @Test
  void anErrorBodyEchoingBasicCredentialsMasksTheHeaderItsBase64AndThePassword(WireMockRuntimeInfo wm) {
    String base64 = Base64.getEncoder().encodeToString(("shop:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "text/plain")
        .withBody("bad request; you sent authorization: Basic " + base64 + " (password " + PASSWORD + ")")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new BasicAuthenticator("shop", PASSWORD)).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.create(Map.of())));
      String everything = e.getMessage() + e.rawBody().orElse("") + e.apiMessage().orElse("");
      assertFalse(everything.contains(PASSWORD), everything);
      assertFalse(everything.contains(base64), everything);
    }
  }

  @Test
  void aLongSecretFieldIsMaskedWithoutRecursion(WireMockRuntimeInfo wm) {
    String jwt = "eyJ" + "a".repeat(200_000) + "\\\"" + "b\\\\".repeat(20_000);
    String body = "{\"error\":\"expired\",\"token\":\"" + jwt + "\",\"tail\":1}";
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(body)));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.BODY).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
      assertFalse(e.rawBody().orElseThrow().contains("aaaaaaaa"), "the token is masked");
      assertFalse(logs.text().contains("aaaaaaaa"));
    }
    String masked = Redactor.defaults().body(body);
    assertEquals("{\"error\":\"expired\",\"token\":\"****\",\"tail\":1}", masked);
  }

  @Test
  void aLocationHeaderWithASignatureIsMaskedInHeaderLogs(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(201)
        .withHeader("Location", "https://bucket.s3.amazonaws.com/f.csv?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=deadbeefsig&sig=azuresig1")
        .withHeader("Content-Type", "application/json").withBody("{}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.HEADERS).build()) {
      c.transport.execute(c.api.create(Map.of()));
      String text = logs.text();
      assertTrue(text.contains("Location: https://bucket.s3.amazonaws.com/f.csv?"), text);
      assertFalse(text.contains("deadbeefsig") || text.contains("AKIAEXAMPLE") || text.contains("azuresig1"), text);
    }
  }

  @Test
  void aPublicLinkWithAJsonEscapedAmpersandIsMaskedInBodyLogs(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson(
        "{\"link\":\"https://cdn.example/f.zip?a=1\\u0026X-Amz-Signature=deadbeefsig\\u0026sig=azuresig1\"}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.BODY).build()) {
      c.transport.execute(c.api.get("1"));
      String text = logs.text();
      assertTrue(text.contains("f.zip?a=1"), text);
      assertFalse(text.contains("deadbeefsig") || text.contains("azuresig1"), text);
    }
  }
}

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
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.internal.http.RawCapture;
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
  private static final String SLASH_KEY = "kb_live/9f4a+Qx7==";

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

  @Test
  void aKeyEchoedJsonEscapedIsMaskedInTheMessageRawBodyAndLog(WireMockRuntimeInfo wm) {
    String jsonEscaped = SLASH_KEY.replace("/", "\\/");
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Invalid API key " + jsonEscaped + "\"}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.BODY)
            .authenticator(new ApiKeyAuthenticator("X-API-Key", SLASH_KEY)).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.getMessage().contains("Invalid API key ****"), e.getMessage());
      assertFalse(e.rawBody().orElseThrow().contains(jsonEscaped), e.rawBody().orElseThrow());
      assertFalse(logs.text().contains(jsonEscaped), logs.text());
    }
  }

  @Test
  void aKeyEchoedPercentEncodedIsMaskedInTheRawBodyAndLog(WireMockRuntimeInfo wm) {
    String encoded = SLASH_KEY.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D");
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"denied\",\"retry\":\"https://api.example/login?next=%2Fthings%3Fk%3D" + encoded + "\"}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.BODY)
            .authenticator(new ApiKeyAuthenticator("X-API-Key", SLASH_KEY)).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.rawBody().orElseThrow().contains("%3D****"), e.rawBody().orElseThrow());
      assertFalse(logs.text().contains(encoded), logs.text());
    }
  }

  @Test
  void aSecretFieldSentInTheBodyAndEchoedAsTheRefusedInputIsMaskedEverywhere(WireMockRuntimeInfo wm) {
    String secret = "whsec-given-3Kd9/Fs7Ga1";
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"detail\":[{\"loc\":[\"body\",\"secret\"],\"msg\":\"already used: " + secret
            + "\",\"input\":\"" + secret + "\"}]}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.BODY).build()) {
      ApiException e = assertThrows(ApiException.class,
          () -> c.transport.execute(c.api.create(Map.of("url", "https://hooks.example/a", "secret", secret))));
      String everything = e.getMessage() + e.rawBody().orElse("") + e.details().fieldErrors() + logs.text();
      assertTrue(e.rawBody().orElseThrow().contains("\"input\":\"****\""), e.rawBody().orElseThrow());
      assertFalse(everything.contains(secret), everything);
    }
  }

  @Test
  void aSignedUrlOrTokenInTheApiMessageIsMaskedInTheMessageAsInTheRawBody(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"upload pending at https://bucket.s3.amazonaws.com/k.tsv?"
            + "X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=deadbeefcafe0123&token=tok_abcdef123456\"}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
      String shown = e.getMessage() + e.apiMessage().orElseThrow();
      assertTrue(e.getMessage().contains("k.tsv?X-Amz-Credential=****&X-Amz-Signature=****&token=****"), shown);
      assertFalse(shown.contains("AKIAEXAMPLE") || shown.contains("deadbeefcafe0123") || shown.contains("tok_abcdef"),
          shown);
    }
  }

  @Test
  void aResponseHeaderEchoingTheKeyIsMaskedInHeaderLogsAndRawResponses(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{}")
        .withHeader("X-Debug-Received-Key", KEY)
        .withHeader("WWW-Authenticate", "ApiKey error=\"invalid\", key=\"" + KEY + "\"")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.HEADERS)
            .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build()) {
      RawResponse<Map<String, Object>> raw = RawCapture.capture(() -> c.transport.execute(c.api.get("1")));
      String text = logs.text() + raw.headers();
      assertTrue(text.contains("X-Debug-Received-Key: ****"), text);
      assertEquals("****", raw.header("x-debug-received-key").orElseThrow());
      assertTrue(text.contains("key=\"****\""), text);
      assertFalse(text.contains(KEY), text);
    }
  }

  @Test
  void aRequestIdEchoingTheKeyIsMaskedInTheExceptionItsMessageAndRawResponses(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-" + KEY)
        .withBody("{\"message\":\"refused\"}")));
    wm.getWireMock().register(get("/things/2").willReturn(okJson("{}").withHeader("X-Request-Id", KEY)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build()) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals("req-****", e.requestId().orElseThrow());
      assertFalse(e.getMessage().contains(KEY), e.getMessage());
      RawResponse<Map<String, Object>> raw = RawCapture.capture(() -> c.transport.execute(c.api.get("2")));
      assertEquals("****", raw.requestId().orElseThrow());
    }
  }
}

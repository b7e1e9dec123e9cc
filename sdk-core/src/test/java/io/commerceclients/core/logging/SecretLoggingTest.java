package io.commerceclients.core.logging;

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
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.RequestAuthenticator;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.support.LogCapture;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

@WireMockTest
class SecretLoggingTest {
  private static final String API_KEY = "kiliba-key-7f3e9a1c5b";
  private static final String PASSWORD = "karla-pass-a9c4e2f7d1";
  private static final String TOKEN = "kibo-token-5e8b2d6f0a";
  private static final String CLIENT_SECRET = "kibo-secret-3c7a1e9b4d";
  private static final String SIGNATURE = "presigned-sig-0d4f8b2e6a";

  @Test
  void fullBodyLoggingNeverShowsACredential(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\",\"access_token\":\"" + TOKEN + "\"}")
        .withHeader("Set-Cookie", "session=" + TOKEN)));
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(400)
        .withBody("{\"message\":\"bad\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
    wm.getWireMock().register(get("/bucket/file").willReturn(aResponse().withStatus(500)));

    List<RequestAuthenticator> auths = List.of(
        new ApiKeyAuthenticator("X-API-Key", API_KEY),
        new BasicAuthenticator("shop", PASSWORD),
        new BearerTokenAuthenticator(CachingTokenProvider.of(() -> new AccessToken(TOKEN, Instant.now(), Duration.ofHours(1)))));
    StringBuilder everything = new StringBuilder();
    try (LogCapture logs = new LogCapture()) {
      for (RequestAuthenticator auth : auths) {
        try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).authenticator(auth)
            .logLevel(HttpLogLevel.BODY).maxRetries(0).build()) {
          c.transport.execute(c.api.get("1"));
          ApiException e = assertThrows(ApiException.class,
              () -> c.transport.execute(c.api.create(Map.of("name", "x", "client_secret", CLIENT_SECRET))));
          everything.append(e.getMessage()).append(e.rawBody().orElse("")).append(e.details());
          HttpUrl signed = HttpUrl.get(wm.getHttpBaseUrl() + "/bucket/file").newBuilder()
              .addQueryParameter("X-Amz-Signature", SIGNATURE).addQueryParameter("signature_key", SIGNATURE).build();
          ApiException storage = assertThrows(ApiException.class, () -> {
            try (Response r = c.transport.executeRaw(c.transport.storageClient(), new Request.Builder().url(signed).build())) {
              r.code();
            }
          });
          everything.append(storage.getMessage()).append(storage.url().orElse(""));
          everything.append(c.transport.options());
        }
      }
      everything.append(logs.text());
    }
    String all = everything.toString();
    assertTrue(all.contains("--> GET"), "logging was on: " + all);
    assertTrue(all.contains("X-API-Key: ****"), all);
    assertTrue(all.contains("Authorization: ****"), all);
    for (String secret : List.of(API_KEY, PASSWORD, TOKEN, CLIENT_SECRET, SIGNATURE)) {
      assertFalse(all.contains(secret), "leaked " + secret + " in:\n" + all);
    }
  }

  @Test
  void levelNoneLogsNothing(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{}")));
    try (LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(HttpLogLevel.NONE).build()) {
      c.transport.execute(c.api.get("1"));
      assertFalse(logs.text().contains("-->"));
    }
  }

  @Test
  void aPasswordInABaseUrlIsMaskedInUrlsAndOptions() {
    HttpUrl url = HttpUrl.get("https://shop:url-pass-9d2f@api.example/v1?x=1");
    assertEquals("https://shop:****@api.example/v1?x=1", Redactor.defaults().url(url));
    String options = io.commerceclients.core.support.TestClient.builder()
        .baseUrl("https://shop:url-pass-9d2f@api.example/").options().toString();
    assertFalse(options.contains("url-pass-9d2f"), options);
  }

  @Test
  void redactorMasksJsonAndFormFields() {
    Redactor r = Redactor.defaults();
    assertTrue(r.body("{\"client_secret\": \"abc\", \"name\":\"ok\"}").contains("\"client_secret\": \"****\""));
    assertTrue(r.body("{\"name\":\"ok\"}").contains("ok"));
    assertTrue(r.body("grant_type=client_credentials&client_secret=abc").endsWith("client_secret=****"));
  }

  @Test
  void redactorMasksTheSignatureOfAPreSignedUrlInsideABody() {
    String body = "{\"presignedUrl\":\"https://s3.example/u/1?X-Amz-Credential=AKIA1%2F2&X-Amz-Signature=9f0add5e&x=1\"}";

    assertEquals("{\"presignedUrl\":\"https://s3.example/u/1?X-Amz-Credential=****&X-Amz-Signature=****&x=1\"}",
        Redactor.defaults().body(body));
  }
}

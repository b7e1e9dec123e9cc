package io.commerceclients.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.RequestAuthenticator;
import io.commerceclients.core.internal.auth.TokenProvider;
import io.commerceclients.core.support.TestClient;
import io.commerceclients.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {
  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension storage = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String KEY = "kl_live_0123456789abcdef";

  private TestClient client(RequestAuthenticator auth) {
    return TestClient.builder().baseUrl(api.baseUrl()).authenticator(auth).maxRetries(0).build();
  }

  @Test
  void apiKeyGoesInItsHeader() {
    api.stubFor(get("/things/1").willReturn(okJson("{\"id\":\"1\"}")));
    try (TestClient c = client(new ApiKeyAuthenticator("X-API-Key", KEY))) {
      c.transport.execute(c.api.get("1"));
    }
    api.verify(getRequestedFor(urlEqualTo("/things/1")).withHeader("X-API-Key", equalTo(KEY))
        .withHeader("Authorization", absent()));
  }

  @Test
  void basicCredentialsAreEncodedOnce() {
    api.stubFor(get("/things/1").willReturn(okJson("{}")));
    try (TestClient c = client(new BasicAuthenticator("my-shop", "s3cret-key-123456"))) {
      c.transport.execute(c.api.get("1"));
    }
    String expected = "Basic " + Base64.getEncoder().encodeToString("my-shop:s3cret-key-123456".getBytes(StandardCharsets.UTF_8));
    api.verify(getRequestedFor(urlEqualTo("/things/1")).withHeader("Authorization", equalTo(expected)));
  }

  @Test
  void bearerTokenComesFromTheProvider() {
    api.stubFor(get("/things/1").willReturn(okJson("{}")));
    TokenProvider tokens = CachingTokenProvider.of(() -> new AccessToken("tok-abc", Instant.now(), Duration.ofHours(1)));
    try (TestClient c = client(new BearerTokenAuthenticator(tokens))) {
      c.transport.execute(c.api.get("1"));
    }
    api.verify(getRequestedFor(urlEqualTo("/things/1")).withHeader("Authorization", equalTo("Bearer tok-abc")));
  }

  @Test
  void storageClientSendsNoCredentialToAnotherHost() throws Exception {
    storage.stubFor(get("/bucket/file").willReturn(aResponse().withStatus(200).withBody("data")));
    try (TestClient c = client(new ApiKeyAuthenticator("X-API-Key", KEY))) {
      Request request = new Request.Builder().url(storage.baseUrl() + "/bucket/file")
          .header("X-API-Key", KEY).header("Authorization", "Bearer leaked").build();
      try (Response r = c.transport.executeRaw(c.transport.storageClient(), request)) {
        assertEquals("data", r.body().string());
      }
      // even the API client keeps credentials off a host that is not the API's
      try (Response r = c.transport.executeRaw(c.transport.httpClient(), new Request.Builder().url(storage.baseUrl() + "/bucket/file").build())) {
        assertEquals(200, r.code());
      }
    }
    storage.verify(2, getRequestedFor(urlEqualTo("/bucket/file")).withHeader("X-API-Key", absent())
        .withHeader("Authorization", absent()));
  }

  @Test
  void credentialsAreStrippedFromACrossHostRedirect() {
    api.stubFor(get("/things/1").willReturn(aResponse().withStatus(302).withHeader("Location", storage.baseUrl() + "/elsewhere")));
    storage.stubFor(get("/elsewhere").willReturn(okJson("{\"id\":\"1\"}")));
    try (TestClient c = client(new ApiKeyAuthenticator("X-API-Key", KEY))) {
      c.transport.execute(c.api.get("1"));
    }
    api.verify(getRequestedFor(urlEqualTo("/things/1")).withHeader("X-API-Key", equalTo(KEY)));
    storage.verify(getRequestedFor(urlEqualTo("/elsewhere")).withHeader("X-API-Key", absent()).withHeader("Authorization", absent()));
  }

  @Test
  void fixedCredentialsAreSentOnceOnEveryAttempt() {
    api.stubFor(get("/things/1").inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    api.stubFor(get("/things/1").inScenario("flaky").whenScenarioStateIs("ok").willReturn(okJson("{}")));
    try (TestClient c = TestClient.builder().baseUrl(api.baseUrl()).authenticator(new ApiKeyAuthenticator("X-API-Key", KEY))
        .maxRetries(1).sleeper(delay -> { }).build()) {
      c.transport.execute(c.api.get("1"));
    }
    List<LoggedRequest> sent = api.findAll(getRequestedFor(urlEqualTo("/things/1")));
    assertEquals(2, sent.size());
    for (LoggedRequest request : sent) {
      assertEquals(List.of(KEY), request.header("X-API-Key").values());
    }
  }

  @Test
  void aCallersOwnClientNeverSeesTheKey() {
    api.stubFor(get(urlPathEqualTo("/things")).willReturn(okJson("[]")));
    api.stubFor(get("/things/1").willReturn(okJson("{}")));
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient own = new OkHttpClient.Builder().addInterceptor(chain -> {
      seen.add("interceptor " + chain.request().header("X-API-Key"));
      return chain.proceed(chain.request());
    }).eventListener(new EventListener() {
      @Override
      public void callStart(Call call) {
        seen.add("listener " + call.request().header("X-API-Key"));
      }
    }).build();
    try (TestClient c = TestClient.builder().baseUrl(api.baseUrl()).okHttpClient(own)
        .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build()) {
      c.transport.execute(c.api.get("1"));
      c.transport.execute(c.api.list(1, 10));
    } finally {
      own.dispatcher().executorService().shutdown();
    }
    assertEquals(List.of("listener null", "interceptor null", "listener null", "interceptor null"), seen);
    api.verify(2, getRequestedFor(urlPathMatching("/things.*")).withHeader("X-API-Key", equalTo(KEY)));
  }

  @Test
  void aRequestCarryingTheHeaderTwiceGetsItOnce() throws Exception {
    Request doubled = new Request.Builder().url(api.baseUrl() + "/things/1")
        .addHeader("X-API-Key", "other").addHeader("X-API-Key", KEY).build();
    Request sent = new ApiKeyAuthenticator("X-API-Key", KEY).authenticate(doubled);
    assertEquals(List.of(KEY), sent.headers("X-API-Key"));
    Request ready = sent.newBuilder().build();
    assertTrue(new ApiKeyAuthenticator("X-API-Key", KEY).authenticate(ready) == ready, "a request that has it is not copied");
  }

  @Test
  void missingOrBlankSecretsFailAtBuildTimeWithoutEchoingThem() {
    ValidationException blank = assertThrows(ValidationException.class, () -> new ApiKeyAuthenticator("X-API-Key", "  "));
    assertEquals("apiKey", blank.field());
    ValidationException padded = assertThrows(ValidationException.class, () -> new BasicAuthenticator("shop", " secret-value "));
    assertFalse(padded.getMessage().contains("secret-value"));
    assertThrows(ValidationException.class, () -> new ApiKeyAuthenticator("X-API-Key", null));
  }

  @Test
  void authenticatorsNeverPrintTheirSecrets() {
    assertFalse(new ApiKeyAuthenticator("X-API-Key", KEY).toString().contains(KEY));
    assertFalse(new BasicAuthenticator("shop", "pa55word-xyz").toString().contains("pa55word-xyz"));
    AccessToken token = new AccessToken("tok-secret", Instant.now(), Duration.ofMinutes(1));
    assertFalse(token.toString().contains("tok-secret"));
    assertTrue(token.toString().contains("****"));
  }
}

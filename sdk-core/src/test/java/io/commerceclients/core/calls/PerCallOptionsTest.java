package io.commerceclients.core.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import io.commerceclients.core.validation.ValidationException;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** A view of a client with per-call options: what it sends, and what it never widens. */
@WireMockTest
class PerCallOptionsTest {
  private static final String KEY = "per-call-test-key-1";

  private static TestClient client(WireMockRuntimeInfo wm, RecordingSleeper sleeper) {
    return TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper)
        .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build();
  }

  @Test
  void aViewSendsItsHeadersAndQueryParametersAndTheClientItCameFromDoesNot(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/things/1")).willReturn(okJson("{}")));
    try (TestClient c = client(wm, new RecordingSleeper())) {
      ApiTransport traced = c.transport.withOptions(RequestOptions.builder().header("X-Trace", "trace-42")
          .queryParameter("expand", "items").build());
      traced.execute(c.api.get("1"));
      c.transport.execute(c.api.get("1"));
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1?expand=items"))
        .withHeader("X-Trace", equalTo("trace-42")).withHeader("X-API-Key", equalTo(KEY)));
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")).withHeader("X-Trace", absent()));
  }

  @Test
  void extraHeadersNeverReachAnotherHost(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(put("/upload").willReturn(aResponse().withStatus(200)));
    try (TestClient c = client(wm, new RecordingSleeper())) {
      ApiTransport traced = c.transport.withOptions(RequestOptions.builder().header("X-Trace", "t").build());
      String storage = wm.getHttpBaseUrl().replace("localhost", "127.0.0.1") + "/upload";
      traced.executeRaw(traced.storageClient(), new Request.Builder().url(storage)
          .put(RequestBody.create("x", MediaType.get("text/plain"))).build()).close();
    }
    wm.getWireMock().verifyThat(1, putRequestedFor(urlEqualTo("/upload")).withHeader("X-Trace", absent())
        .withHeader("X-API-Key", absent()));
  }

  @Test
  void maxRetriesAndTimeoutApplyToTheViewOnly(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503)));
    wm.getWireMock().register(get("/things/2").willReturn(okJson("{}").withFixedDelay(1500)));
    try (TestClient c = client(wm, new RecordingSleeper())) {
      ApiTransport once = c.transport.withOptions(RequestOptions.builder().maxRetries(0).build());
      assertThrows(ServerException.class, () -> once.execute(c.api.get("1")));
      wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
      assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
      wm.getWireMock().verifyThat(4, getRequestedFor(urlEqualTo("/things/1")));

      ApiTransport quick = c.transport.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build());
      assertThrows(ApiTimeoutException.class, () -> quick.execute(c.api.get("2")));
      assertEquals(Map.of(), c.transport.execute(c.api.get("2")));
    }
  }

  @Test
  void credentialsAndTheClientsOwnHeadersCannotBeSetPerCall(WireMockRuntimeInfo wm) {
    for (String name : new String[] {"Authorization", "X-API-Key", "x-api-key", "Cookie", "X-Session-Token",
        "Proxy-Authorization", "X-Client-Secret", "Host", "Content-Length"}) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> RequestOptions.builder().header(name, "value-123"), name);
      assertFalse(e.getMessage().contains("value-123"), e.getMessage());
    }
    assertThrows(ValidationException.class, () -> RequestOptions.builder().header("X-Trace", "a\r\nX-Evil: 1"));
    assertThrows(ValidationException.class, () -> RequestOptions.builder().queryParameter("api_key", "x"));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ApiTransport withDefault = ApiTransport.builder(c.transport.options()).apiName("test")
          .defaultHeader("x-vol-tenant", "1").build();
      ValidationException e = assertThrows(ValidationException.class,
          () -> withDefault.withOptions(RequestOptions.builder().header("X-Vol-Tenant", "2").build()));
      assertTrue(e.getMessage().contains("cannot be replaced per call"), e.getMessage());
      withDefault.close();
    }
  }

  @Test
  void aRateLimitedPostIsRetriedAfterItsRetryAfterUnlessTheOptionsSayNo(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
    RecordingSleeper sleeper = new RecordingSleeper();
    try (TestClient c = client(wm, sleeper)) {
      assertThrows(RateLimitException.class, () -> c.transport.execute(c.api.create(Map.of("n", 1))));
      wm.getWireMock().verifyThat(3, postRequestedFor(urlEqualTo("/things")));
      assertEquals(java.util.List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.delays);

      wm.getWireMock().resetRequests();
      ApiTransport noRetry = c.transport.withOptions(RequestOptions.builder().retryRateLimited(false).build());
      RateLimitException e = assertThrows(RateLimitException.class, () -> noRetry.execute(c.api.create(Map.of("n", 1))));
      assertEquals(Duration.ofSeconds(2), e.details().retryAfter().orElseThrow());
      wm.getWireMock().verifyThat(1, postRequestedFor(urlEqualTo("/things")));
    }
  }

  @Test
  void aPost503IsStillNotRetried(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(503)));
    try (TestClient c = client(wm, new RecordingSleeper())) {
      assertThrows(ServerException.class, () -> c.transport.execute(c.api.create(Map.of("n", 1))));
    }
    wm.getWireMock().verifyThat(1, postRequestedFor(urlEqualTo("/things")));
  }
}

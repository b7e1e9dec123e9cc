package io.commerceclients.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.TokenProvider;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@WireMockTest
class UnauthorizedReplayTest {

  @Test
  void a401DropsTheTokenFetchesANewOneAndReplaysOnce(WireMockRuntimeInfo wm) {
    AtomicInteger fetches = new AtomicInteger();
    TokenProvider tokens = CachingTokenProvider.of(
        () -> new AccessToken("tok-" + fetches.incrementAndGet(), Instant.now(), Duration.ofHours(1)));
    wm.getWireMock().register(get("/things/1").withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401)));
    wm.getWireMock().register(get("/things/1").withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"id\":\"1\"}")));

    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
      assertEquals("1", c.transport.execute(c.api.get("1")).get("id"));
    }
    assertEquals(2, fetches.get());
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void aSecond401EndsInAuthenticationException(WireMockRuntimeInfo wm) {
    AtomicInteger fetches = new AtomicInteger();
    TokenProvider tokens = CachingTokenProvider.of(
        () -> new AccessToken("tok-" + fetches.incrementAndGet(), Instant.now(), Duration.ofHours(1)));
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
        .withBody("{\"message\":\"token revoked\"}")));

    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(401, e.statusCode());
      assertEquals("token revoked", e.apiMessage().orElseThrow());
    }
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
    assertEquals(2, fetches.get());
  }

  @Test
  void a401FromAnotherHostARedirectLedToKeepsTheTokenAndIsNotReplayed(WireMockRuntimeInfo wm) {
    WireMockServer other = new WireMockServer(options().dynamicPort());
    other.start();
    try {
      other.stubFor(get("/elsewhere").willReturn(aResponse().withStatus(401)));
      AtomicInteger fetches = new AtomicInteger();
      TokenProvider tokens = CachingTokenProvider.of(
          () -> new AccessToken("tok-" + fetches.incrementAndGet(), Instant.now(), Duration.ofHours(1)));
      wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(302)
          .withHeader("Location", other.baseUrl() + "/elsewhere")));
      try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
          .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
        assertThrows(AuthenticationException.class, () -> c.transport.execute(c.api.get("1")));
        assertEquals("tok-1", tokens.token().value(), "the API's token is kept");
      }
      assertEquals(1, fetches.get());
      wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
      other.verify(1, getRequestedFor(urlEqualTo("/elsewhere")));
    } finally {
      other.stop();
    }
  }

  @Test
  void keysAreNotReplayedAfterA401(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new ApiKeyAuthenticator("X-API-Key", "key-0123456789")).build()) {
      assertThrows(AuthenticationException.class, () -> c.transport.execute(c.api.get("1")));
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
  }
}

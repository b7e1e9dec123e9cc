package io.commerceclients.core.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import io.commerceclients.core.support.TrustingClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No request body and no credential follows a redirect to another origin, and a redirect loop ends. */
class RedirectPolicyTest {
  private static final String KEY = "redirect-test-key-0001";
  private final WireMockServer api = new WireMockServer(options().dynamicPort());
  private final WireMockServer other = new WireMockServer(options().dynamicPort());

  @BeforeEach
  void start() {
    api.start();
    other.start();
    other.stubFor(any(anyUrl()).willReturn(okJson("{\"stolen\":true}")));
  }

  @AfterEach
  void stop() {
    api.stop();
    other.stop();
  }

  private TestClient client() {
    return TestClient.builder().baseUrl(api.baseUrl()).maxRetries(0)
        .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build();
  }

  @Test
  void aPostRedirectedWith307Or308ToAnotherOriginIsRefusedAndNothingReachesIt() {
    for (int status : new int[] {307, 308, 302, 303}) {
      api.resetAll();
      other.resetRequests();
      api.stubFor(post("/things").willReturn(aResponse().withStatus(status)
          .withHeader("Location", other.baseUrl() + "/collect")));
      try (TestClient c = client()) {
        ProtocolException e = assertThrows(ProtocolException.class,
            () -> c.transport.execute(c.api.create(Map.of("secret_data", "payload"))));
        assertTrue(e.getMessage().contains("redirect to another origin"), e.getMessage());
        assertTrue(e.getMessage().contains("TestApi.create"), e.getMessage());
        assertFalse(e.getMessage().contains("/collect"), "the target's path is not echoed");
      }
      assertEquals(0, other.getAllServeEvents().size(), "status " + status);
      api.verify(1, postRequestedFor(urlEqualTo("/things")));
    }
  }

  @Test
  void aRedirectLoopEndsAfterOneRoundOfTwentyRedirectsWithoutRetries() {
    api.stubFor(get("/things/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/things/loop")));
    try (TestClient c = TestClient.builder().baseUrl(api.baseUrl()).maxRetries(2).sleeper(new RecordingSleeper()).build()) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.get("loop")));
      assertTrue(e.getMessage().contains("redirected it more than 20 times"), e.getMessage());
    }
    api.verify(21, getRequestedFor(urlEqualTo("/things/loop")));
  }

  @Test
  void aSameOriginRedirectOfAPostIsFollowedWithItsBody() {
    api.stubFor(post("/things").willReturn(aResponse().withStatus(307).withHeader("Location", "/things-v2")));
    api.stubFor(post("/things-v2").willReturn(okJson("{\"id\":\"7\"}")));
    try (TestClient c = client()) {
      assertEquals("7", c.transport.execute(c.api.create(Map.of("name", "x"))).get("id"));
    }
    api.verify(postRequestedFor(urlEqualTo("/things-v2")).withRequestBody(equalTo("{\"name\":\"x\"}"))
        .withHeader("X-API-Key", equalTo(KEY)));
  }

  @Test
  void aCrossOriginGetIsStillFollowedButWithoutCredentials() {
    api.stubFor(get("/things/1").willReturn(aResponse().withStatus(302)
        .withHeader("Location", other.baseUrl() + "/things/1")));
    try (TestClient c = client()) {
      assertEquals(true, c.transport.execute(c.api.get("1")).get("stolen"));
    }
    other.verify(getRequestedFor(urlEqualTo("/things/1")).withHeader("X-API-Key", absent())
        .withHeader("Authorization", absent()));
    assertEquals(1, other.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void aRedirectFromHttpsToPlainHttpIsRefusedForAGetTooAndNothingReachesTheTarget() throws Exception {
    WireMockServer secure = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
    secure.start();
    try {
      secure.stubFor(get("/things/1").willReturn(aResponse().withStatus(302)
          .withHeader("Location", other.baseUrl() + "/things/1")));
      try (TestClient c = TestClient.builder().baseUrl("https://localhost:" + secure.httpsPort()).maxRetries(0)
          .okHttpClient(TrustingClient.trustingEveryCertificate()).build()) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.get("1")));
        assertTrue(e.getMessage().contains("from https to plain http"), e.getMessage());
      }
      secure.verify(1, getRequestedFor(urlEqualTo("/things/1")));
      assertEquals(0, other.getAllServeEvents().size(), "nothing followed the redirect to clear text");
    } finally {
      secure.stop();
    }
  }
}

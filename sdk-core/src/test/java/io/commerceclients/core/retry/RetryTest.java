package io.commerceclients.core.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.core.support.MutableClock;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class RetryTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private TestClient client(WireMockRuntimeInfo wm, int maxRetries) {
    return TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).maxRetries(maxRetries).build();
  }

  private static void failThenSucceed(WireMockRuntimeInfo wm, Supplier<MappingBuilder> request,
      ResponseDefinitionBuilder failure, int failures) {
    String state = Scenario.STARTED;
    for (int i = 1; i <= failures; i++) {
      wm.getWireMock().register(request.get().inScenario("retry").whenScenarioStateIs(state).willReturn(failure)
          .willSetStateTo("failed-" + i));
      state = "failed-" + i;
    }
    wm.getWireMock().register(request.get().inScenario("retry").whenScenarioStateIs(state)
        .willReturn(okJson("{\"id\":\"1\"}")));
  }

  @Test
  void retries503OnGetWithGrowingJitteredBackoff(WireMockRuntimeInfo wm) {
    failThenSucceed(wm, () -> get("/things/1"), aResponse().withStatus(503), 2);
    try (TestClient c = client(wm, 2)) {
      assertEquals("1", c.transport.execute(c.api.get("1")).get("id"));
    }
    wm.getWireMock().verifyThat(3, getRequestedFor(urlEqualTo("/things/1")));
    assertEquals(2, sleeper.delays.size());
    assertBetween(sleeper.delays.get(0), 400, 500);
    assertBetween(sleeper.delays.get(1), 800, 1000);
  }

  @Test
  void anAttemptCounterTagSeesEverySend(WireMockRuntimeInfo wm) {
    failThenSucceed(wm, () -> get("/things/1"), aResponse().withStatus(503), 2);
    AttemptCounter attempts = new AttemptCounter();
    try (TestClient c = client(wm, 2)) {
      c.transport.execute(c.api.getCounted("1", attempts));
    }
    assertEquals(3, attempts.attempts());
  }

  @Test
  void givesUpAfterMaxRetriesWithTheTypedError(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(502)));
    try (TestClient c = client(wm, 2)) {
      ServerException e = assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(502, e.statusCode());
    }
    wm.getWireMock().verifyThat(3, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void zeroRetriesSendsOnce(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503)));
    try (TestClient c = client(wm, 0)) {
      assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void honoursRetryAfterInSeconds(WireMockRuntimeInfo wm) {
    failThenSucceed(wm, () -> get("/things/1"), aResponse().withStatus(429).withHeader("Retry-After", "3"), 1);
    try (TestClient c = client(wm, 2)) {
      c.transport.execute(c.api.get("1"));
    }
    assertEquals(java.util.List.of(Duration.ofSeconds(3)), sleeper.delays);
  }

  @Test
  void honoursRetryAfterAsAnHttpDate(WireMockRuntimeInfo wm) {
    MutableClock clock = new MutableClock();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
    failThenSucceed(wm, () -> get("/things/1"), aResponse().withStatus(503).withHeader("Retry-After", date), 1);
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).clock(clock).build()) {
      c.transport.execute(c.api.get("1"));
    }
    assertEquals(java.util.List.of(Duration.ofSeconds(7)), sleeper.delays);
  }

  @Test
  void aRetryAfterBeyondTheCapEndsWithRateLimitException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
    try (TestClient c = client(wm, 2)) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(Duration.ofMinutes(10), e.retryAfter().orElseThrow());
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
    assertTrue(sleeper.delays.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3600", "NaN", "1.5", "0x10", "+5", "Infinity", "5 s"})
  void aRetryAfterThatIsNotWholeSecondsNorADateIsIgnoredForTheOrdinaryBackoff(String header, WireMockRuntimeInfo wm) {
    failThenSucceed(wm, () -> get("/things/1"), aResponse().withStatus(503).withHeader("Retry-After", header), 1);
    try (TestClient c = client(wm, 2)) {
      c.transport.execute(c.api.get("1"));
    }
    assertEquals(1, sleeper.delays.size());
    assertBetween(sleeper.delays.get(0), 400, 500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"})
  void aRetryAfterOfCenturiesIsReportedNotWaitedFor(String header, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", header)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).maxRetries(2)
        .callTimeout(Duration.ofSeconds(30)).build()) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.retryAfter().orElseThrow().toDays() > 365 * 99, e.retryAfter().toString());
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
    assertTrue(sleeper.delays.isEmpty());
  }

  @Test
  void aPostIsNotRetriedByDefault(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(503)));
    try (TestClient c = client(wm, 2)) {
      assertThrows(ServerException.class, () -> c.transport.execute(c.api.create(Map.of("name", "x"))));
    }
    wm.getWireMock().verifyThat(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void aPostMarkedIdempotentIsRetried(WireMockRuntimeInfo wm) {
    failThenSucceed(wm, () -> post("/things/upsert"), aResponse().withStatus(503), 1);
    try (TestClient c = client(wm, 2)) {
      c.transport.execute(c.api.upsert(Map.of("id", "1")));
    }
    wm.getWireMock().verifyThat(2, postRequestedFor(urlEqualTo("/things/upsert")));
  }

  @Test
  void retriesAConnectionResetOnGet(WireMockRuntimeInfo wm) {
    failThenSucceed(wm, () -> get("/things/1"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1);
    try (TestClient c = client(wm, 2)) {
      assertEquals("1", c.transport.execute(c.api.get("1")).get("id"));
    }
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void aConnectionResetOnAPostSurfacesAsTransportException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    try (TestClient c = client(wm, 2)) {
      TransportException e = assertThrows(TransportException.class, () -> c.transport.execute(c.api.create(Map.of())));
      assertEquals(0, e.statusCode());
      assertTrue(e.getMessage().startsWith("POST " + wm.getHttpBaseUrl() + "/things"), e.getMessage());
    }
    wm.getWireMock().verifyThat(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void aConnectionRefusedIsRetriedForAnyMethodBecauseNothingWasSent() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (TestClient c = TestClient.builder().baseUrl("http://127.0.0.1:" + port).sleeper(sleeper).maxRetries(2).build()) {
      assertThrows(TransportException.class, () -> c.transport.execute(c.api.create(Map.of())));
    }
    assertEquals(2, sleeper.delays.size());
  }

  @Test
  void backoffIsCappedAndJitterOnlyShortensIt() {
    RetryPolicy low = RetryPolicy.builder().random(() -> 0.999).build();
    RetryPolicy high = RetryPolicy.builder().random(() -> 0.0).build();
    assertEquals(Duration.ofMillis(500), high.backoff(1));
    assertEquals(Duration.ofMillis(1000), high.backoff(2));
    assertEquals(Duration.ofSeconds(8), high.backoff(5));
    assertEquals(Duration.ofSeconds(8), high.backoff(30));
    assertBetween(low.backoff(1), 400, 401);
    assertBetween(low.backoff(9), 6400, 6402);
  }

  private static void assertBetween(Duration d, long minMillis, long maxMillis) {
    assertTrue(d.toMillis() >= minMillis && d.toMillis() <= maxMillis, d + " not in [" + minMillis + ", " + maxMillis + "] ms");
  }
}

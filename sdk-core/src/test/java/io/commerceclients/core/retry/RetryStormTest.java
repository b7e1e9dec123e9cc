package io.commerceclients.core.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.support.MutableClock;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retry-After in the forms the RFC allows and those it does not, a server that answers 503 to
 * every attempt, and bodies that cannot be sent twice: the waits the SDK takes (recorded by a test
 * sleeper), the requests that went over the wire and the error that ends the call, blocking and
 * asynchronous alike.
 */
@WireMockTest
class RetryStormTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MutableClock clock = new MutableClock();

  private TestClient client(WireMockRuntimeInfo wm, int maxRetries) {
    return TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).clock(clock).maxRetries(maxRetries).build();
  }

  private String httpDate(long secondsFromNow) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(secondsFromNow).atOffset(ZoneOffset.UTC));
  }

  private static void onceThenOk(WireMockRuntimeInfo wm, int status, HttpHeaders headers) {
    wm.getWireMock().register(get("/things/1").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(status).withHeaders(headers)).willSetStateTo("ok"));
    wm.getWireMock().register(get("/things/1").inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"1\"}")));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void aRetryAfterDateInThePastRetriesAtOnce(int status, WireMockRuntimeInfo wm) {
    onceThenOk(wm, status, new HttpHeaders(new HttpHeader("Retry-After", httpDate(-3600))));
    try (TestClient c = client(wm, 2)) {
      assertEquals("1", c.transport.execute(c.api.get("1")).get("id"));
    }
    assertEquals(List.of(Duration.ZERO), sleeper.delays);
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "00", " 4 ", "4"})
  void aRetryAfterInWholeSecondsIsWaitedExactly(String header, WireMockRuntimeInfo wm) {
    onceThenOk(wm, 429, new HttpHeaders(new HttpHeader("Retry-After", header)));
    try (TestClient c = client(wm, 2)) {
      c.transport.execute(c.api.get("1"));
    }
    assertEquals(List.of(Duration.ofSeconds(Long.parseLong(header.trim()))), sleeper.delays);
  }

  @Test
  void aFutureHttpDateOn503IsWaitedAndTheAsynchronousCallWaitsTheSame(WireMockRuntimeInfo wm) throws Exception {
    onceThenOk(wm, 503, new HttpHeaders(new HttpHeader("Retry-After", httpDate(42))));
    try (TestClient c = client(wm, 2)) {
      assertEquals("1", c.transport.executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS).get("id"));
    }
    assertEquals(List.of(Duration.ofSeconds(42)), sleeper.delays);
  }

  @Test
  void aRetryAfterOfExactlyTheCapIsWaitedAndOneSecondMoreIsNot(WireMockRuntimeInfo wm) {
    onceThenOk(wm, 429, new HttpHeaders(new HttpHeader("Retry-After", "60")));
    try (TestClient c = client(wm, 2)) {
      c.transport.execute(c.api.get("1"));
    }
    assertEquals(List.of(Duration.ofSeconds(60)), sleeper.delays);

    wm.getWireMock().resetMappings();
    wm.getWireMock().resetRequests();
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "61")));
    try (TestClient c = client(wm, 2)) {
      ServerException e = assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(Duration.ofSeconds(61), e.details().retryAfter().orElseThrow());
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
    assertEquals(1, sleeper.delays.size());
  }

  @Test
  void severalRetryAfterHeadersGiveOneAnswerForTheWaitAndTheError(WireMockRuntimeInfo wm) {
    HttpHeaders two = new HttpHeaders(new HttpHeader("Retry-After", "7", "9"));
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(429).withHeaders(two)));
    try (TestClient c = client(wm, 1)) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(1, sleeper.delays.size());
      assertEquals(sleeper.delays.get(0), e.retryAfter().orElseThrow(), "the wait taken and the wait reported");
      assertTrue(List.of(Duration.ofSeconds(7), Duration.ofSeconds(9)).contains(sleeper.delays.get(0)), sleeper.delays::toString);
    }
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1.0", "soon", "Wed, 99 Foo 2024 25:61:61 GMT", "\u00e9", "2024-01-01T00:00:00Z"})
  void aGarbageRetryAfterOnA429IsIgnoredAndTheErrorReportsNone(String header, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", header)));
    try (TestClient c = client(wm, 1)) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.retryAfter().isEmpty(), e.retryAfter()::toString);
    }
    assertEquals(1, sleeper.delays.size());
    assertTrue(sleeper.delays.get(0).toMillis() >= 400 && sleeper.delays.get(0).toMillis() <= 500, sleeper.delays::toString);
  }

  @Test
  void aStormOf503EndsAfterMaxRetriesWithWaitsThatDoubleUpToTheCap(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503)));
    long[] floors = {400, 800, 1600, 3200, 6400, 6400, 6400};
    long[] ceilings = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    try (TestClient c = client(wm, 7)) {
      assertEquals(503, assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1"))).statusCode());
      assertWaits(floors, ceilings);
      wm.getWireMock().verifyThat(8, getRequestedFor(urlEqualTo("/things/1")));

      sleeper.delays.clear();
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> c.transport.executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS));
      assertInstanceOf(ServerException.class, async.getCause());
      assertWaits(floors, ceilings);
    }
    wm.getWireMock().verifyThat(16, getRequestedFor(urlEqualTo("/things/1")));
  }

  private void assertWaits(long[] floors, long[] ceilings) {
    assertEquals(floors.length, sleeper.delays.size(), sleeper.delays::toString);
    for (int i = 0; i < floors.length; i++) {
      long ms = sleeper.delays.get(i).toMillis();
      assertTrue(ms >= floors[i] && ms <= ceilings[i], "wait " + (i + 1) + ": " + sleeper.delays);
    }
  }

  @Test
  void aStormOf503EndsWithinTheCallTimeoutLongBeforeMaxRetries(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).maxRetries(50)
        .callTimeout(Duration.ofMillis(2500)).build()) {
      ServerException e = assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(Duration.ofSeconds(1), e.details().retryAfter().orElseThrow());
      int blocking = wm.getWireMock().find(getRequestedFor(urlEqualTo("/things/1"))).size();
      assertTrue(blocking >= 1 && blocking <= 3, blocking + " requests");

      ExecutionException async = assertThrows(ExecutionException.class,
          () -> c.transport.executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS));
      assertInstanceOf(ServerException.class, async.getCause());
      int both = wm.getWireMock().find(getRequestedFor(urlEqualTo("/things/1"))).size();
      assertTrue(both - blocking >= 1 && both - blocking <= 3, (both - blocking) + " asynchronous requests");
    }
  }

  /** A body that can be written once only, as an InputStream upload is. */
  private static RequestBody oneShot() {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/octet-stream");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws java.io.IOException {
        sink.writeUtf8("once");
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void aOneShotBodyIsNeverSentTwiceEvenWhereItsMethodWouldBeRetried(int status, WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(put("/things/1").willReturn(aResponse().withStatus(status).withHeader("Retry-After", "1")));
    try (TestClient c = client(wm, 3)) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.putBody("1", oneShot())));
      assertEquals(status, e.statusCode());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> c.transport.executeAsync(c.api.putBody("1", oneShot())).get(20, TimeUnit.SECONDS));
      assertEquals(status, ((ApiException) async.getCause()).statusCode());
    }
    wm.getWireMock().verifyThat(2, putRequestedFor(urlEqualTo("/things/1")));
    assertTrue(sleeper.delays.isEmpty(), sleeper.delays::toString);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void aPostThatReachedTheServerIsNotResentAfterA5xxButAfterA429ItIs(int status, WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(status)));
    try (TestClient c = client(wm, 3)) {
      assertEquals(status, assertThrows(ServerException.class,
          () -> c.transport.execute(c.api.create(Map.of("name", "x")))).statusCode());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> c.transport.executeAsync(c.api.create(Map.of("name", "x"))).get(20, TimeUnit.SECONDS));
      assertInstanceOf(ServerException.class, async.getCause());
    }
    wm.getWireMock().verifyThat(2, postRequestedFor(urlEqualTo("/things")));
    assertTrue(sleeper.delays.isEmpty());
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kibo's OAuth token as a demanding user and a hostile token endpoint see it: many callers without a
 * token, an API that answers 401 to every token, and a token endpoint that fails (500, 429 with
 * Retry-After, a slow answer, garbage, a 401 for the credentials). Every caller gets one typed
 * error, nothing loops, and the next call asks for a token again.
 */
@WireMockTest
class TokenRefreshProbeTest extends KiboWireBase {
  private static final String LIST = "/api/platform/data/export";
  private static final ListJobsRequest ALL = ListJobsRequest.builder().build();

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void stubList() {
    stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
  }

  private KiboImportExportClient client(Function<KiboImportExportClient.Builder, KiboImportExportClient.Builder> tweak) {
    return tweak.apply(KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET)
        .sleeper(waits::add).maxRetries(2)).build();
  }

  private static Throwable asyncFailure(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
    return e.getCause();
  }

  /** The first token answer is {@code first}, every later one {@code tok-2}. */
  private static void firstTokenAnswer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    stubFor(post(TOKEN_PATH).inScenario("token").whenScenarioStateIs(Scenario.STARTED).willReturn(first)
        .willSetStateTo("good"));
    stubFor(post(TOKEN_PATH).inScenario("token").whenScenarioStateIs("good")
        .willReturn(okJson("{\"access_token\":\"tok-2\",\"expires_in\":3600}")));
  }

  @Test
  void fiftyThreadsAndFiftyAsynchronousCallsWithoutATokenCauseOneTokenRequest() throws Exception {
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")
        .withFixedDelay(400)));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try (KiboImportExportClient client = client(b -> b)) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> blocking = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        blocking.add(pool.submit(() -> {
          start.await();
          return client.exports().list(ALL);
        }));
      }
      start.countDown();
      List<CompletableFuture<?>> async = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        async.add(client.async().exports().list(ALL));
      }
      for (Future<?> f : blocking) {
        assertEquals(List.of(), f.get(60, TimeUnit.SECONDS));
      }
      for (CompletableFuture<?> f : async) {
        assertEquals(List.of(), f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(100, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-1")));
  }

  @Test
  void anApiAnswering401ForeverEndsEachCallAfterOneRefreshAndOneReplay() {
    stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Unauthorized\"}")));
    try (KiboImportExportClient client = client(b -> b.maxRetries(5))) {
      assertThrows(AuthenticationException.class, () -> client.exports().list(ALL));
      verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
      verify(2, getRequestedFor(urlPathEqualTo(LIST)));

      assertInstanceOf(AuthenticationException.class, asyncFailure(client.async().exports().list(ALL)));
      verify(3, postRequestedFor(urlEqualTo(TOKEN_PATH)));
      verify(4, getRequestedFor(urlPathEqualTo(LIST)));
    }
    assertTrue(waits.isEmpty(), waits::toString);
  }

  @Test
  void aTokenEndpointRefusingTheCredentialsIsOneAuthenticationExceptionPerCall() {
    stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"bad secret " + SECRET + "\"}")));
    try (KiboImportExportClient client = client(b -> b.maxRetries(5))) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.exports().list(ALL));
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
      verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));

      assertInstanceOf(AuthenticationException.class, asyncFailure(client.async().exports().list(ALL)));
      verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }
    verify(0, getRequestedFor(urlPathEqualTo(LIST)));
    assertTrue(waits.isEmpty(), waits::toString);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aTokenEndpointAnswering500FailsTheCallTypedAndTheNextCallFetchesAgain(boolean async) throws Exception {
    firstTokenAnswer(aResponse().withStatus(500).withBody("<html>boom</html>"));
    try (KiboImportExportClient client = client(b -> b)) {
      Throwable e = async ? asyncFailure(client.async().exports().list(ALL))
          : assertThrows(ServerException.class, () -> client.exports().list(ALL));
      assertEquals(500, assertInstanceOf(ServerException.class, e).statusCode());
      verify(0, getRequestedFor(urlPathEqualTo(LIST)));

      assertEquals(List.of(), async ? client.async().exports().list(ALL).get(30, TimeUnit.SECONDS) : client.exports().list(ALL));
    }
    verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(1, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-2")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aTokenEndpointAnswering429IsWaitedOutAsItAsks(boolean async) throws Exception {
    firstTokenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "3"));
    try (KiboImportExportClient client = client(b -> b)) {
      assertEquals(List.of(), async ? client.async().exports().list(ALL).get(30, TimeUnit.SECONDS) : client.exports().list(ALL));
    }
    assertEquals(List.of(Duration.ofSeconds(3)), waits);
    verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(1, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-2")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aTokenEndpointStillRateLimitingEndsWithItsRetryAfterAndTheNextCallTriesAgain(boolean async) throws Exception {
    firstTokenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "120"));
    try (KiboImportExportClient client = client(b -> b)) {
      Throwable e = async ? asyncFailure(client.async().exports().list(ALL))
          : assertThrows(RateLimitException.class, () -> client.exports().list(ALL));
      assertEquals(Duration.ofSeconds(120), assertInstanceOf(RateLimitException.class, e).retryAfter().orElseThrow());
      verify(0, getRequestedFor(urlPathEqualTo(LIST)));
      assertEquals(List.of(), client.exports().list(ALL));
    }
    assertTrue(waits.isEmpty(), waits::toString);
    verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSlowTokenAnswerIsATimeoutAndTheNextCallFetchesAgain(boolean async) throws Exception {
    firstTokenAnswer(okJson("{\"access_token\":\"late\",\"expires_in\":3600}").withFixedDelay(2_500));
    try (KiboImportExportClient client = client(b -> b.maxRetries(0).readTimeout(Duration.ofMillis(300)))) {
      Throwable e = async ? asyncFailure(client.async().exports().list(ALL))
          : assertThrows(ApiTimeoutException.class, () -> client.exports().list(ALL));
      assertInstanceOf(ApiTimeoutException.class, e);
      assertEquals(List.of(), client.exports().list(ALL));
    }
    verify(0, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer late")));
    verify(1, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-2")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html><body>Service down</body></html>", "{\"access_token\":\"cut", "[]", "\"tok\"", "42"})
  void aGarbageTokenAnswerIsAProtocolErrorAndTheNextCallFetchesAgain(String garbage) throws Exception {
    firstTokenAnswer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(garbage));
    try (KiboImportExportClient client = client(b -> b)) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> client.exports().list(ALL));
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
      verify(0, getRequestedFor(urlPathEqualTo(LIST)));
      assertEquals(List.of(), client.async().exports().list(ALL).get(30, TimeUnit.SECONDS));
    }
    verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(1, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-2")));
  }

  @Test
  void aRevokedTokenSeenBy50ThreadsAtOnceIsReplacedOnce() throws Exception {
    try (KiboImportExportClient client = client(b -> b)) {
      assertEquals(List.of(), client.exports().list(ALL));
      WireMock.resetAllRequests();
      stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-2\",\"expires_in\":3600}").withFixedDelay(200)));
      stubFor(get(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-1"))
          .willReturn(aResponse().withStatus(401).withFixedDelay(100)));
      ExecutorService pool = Executors.newFixedThreadPool(50);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          boolean async = i % 2 == 0;
          calls.add(pool.submit(() -> {
            start.await();
            return async ? client.async().exports().list(ALL).get(60, TimeUnit.SECONDS) : client.exports().list(ALL);
          }));
        }
        start.countDown();
        for (Future<?> f : calls) {
          assertEquals(List.of(), f.get(60, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(50, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-2")));
  }
}

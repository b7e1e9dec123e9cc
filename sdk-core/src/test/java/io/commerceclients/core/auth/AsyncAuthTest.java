package io.commerceclients.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.TokenFetcher;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.observe.AttemptInfo;
import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.CallResult;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.support.MutableClock;
import io.commerceclients.core.support.TestClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous calls on a bearer-token transport: each attempt waits for its token without
 * blocking a thread (no token is ever fetched on OkHttp's thread), a 401 is answered by one replay
 * with a fresh token, a one-shot body is never replayed, and a failed token fetch fails the call
 * before anything is sent.
 */
@WireMockTest
class AsyncAuthTest {
  private final MutableClock clock = new MutableClock();
  private final AtomicInteger blockingFetches = new AtomicInteger();
  private final List<CompletableFuture<AccessToken>> pending = new CopyOnWriteArrayList<>();

  /** A fetcher whose asynchronous fetches the test completes by hand; a blocking fetch is counted. */
  private final TokenFetcher fetcher = new TokenFetcher() {
    @Override
    public AccessToken fetch() {
      return token("blocking-" + blockingFetches.incrementAndGet());
    }

    @Override
    public CompletableFuture<AccessToken> fetchAsync() {
      CompletableFuture<AccessToken> f = new CompletableFuture<>();
      pending.add(f);
      return f;
    }
  };

  private AccessToken token(String value) {
    return new AccessToken(value, clock.instant(), Duration.ofHours(1));
  }

  private TestClient client(WireMockRuntimeInfo wm, int maxRetries) {
    CachingTokenProvider tokens = CachingTokenProvider.of(fetcher, clock, Duration.ofMinutes(5));
    return TestClient.builder().baseUrl(wm.getHttpBaseUrl()).maxRetries(maxRetries)
        .authenticator(new BearerTokenAuthenticator(tokens)).build();
  }

  /** Waits until {@code fetches} token fetches were started, then completes the last one with {@code value}. */
  private void answerFetch(int fetches, String value) throws InterruptedException {
    awaitTrue(() -> pending.size() >= fetches);
    assertEquals(fetches, pending.size());
    pending.get(fetches - 1).complete(token(value));
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
  }

  @Test
  void nothingIsSentBeforeTheTokenIsThereAndThenItIsSentWithIt(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(okJson("{\"id\":\"1\"}")));
    try (TestClient c = client(wm, 0)) {
      CompletableFuture<java.util.Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      awaitTrue(() -> pending.size() == 1);
      Thread.sleep(100);
      assertFalse(call.isDone());
      wm.getWireMock().verifyThat(0, getRequestedFor(urlEqualTo("/things/1")));

      pending.get(0).complete(token("tok-1"));
      assertEquals("1", call.get(10, TimeUnit.SECONDS).get("id"));
    }
    assertEquals(0, blockingFetches.get(), "no token was fetched on a blocked thread");
  }

  @Test
  void a401IsReplayedOnceWithAFreshTokenFetchedWithoutBlocking(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401)));
    wm.getWireMock().register(get("/things/1").withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"id\":\"1\"}")));
    try (TestClient c = client(wm, 0)) {
      CompletableFuture<java.util.Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      answerFetch(1, "tok-1");
      answerFetch(2, "tok-2");
      assertEquals("1", call.get(10, TimeUnit.SECONDS).get("id"));
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")).withHeader("Authorization",
        equalTo("Bearer tok-1")));
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")).withHeader("Authorization",
        equalTo("Bearer tok-2")));
    assertEquals(0, blockingFetches.get());
  }

  @Test
  void aSecond401EndsTheCallWithAuthenticationException(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
        .withBody("{\"message\":\"token revoked\"}")));
    try (TestClient c = client(wm, 3)) {
      CompletableFuture<java.util.Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      answerFetch(1, "tok-1");
      answerFetch(2, "tok-2");
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      AuthenticationException refused = assertInstanceOf(AuthenticationException.class, e.getCause());
      assertEquals("token revoked", refused.apiMessage().orElseThrow());
    }
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
    assertEquals(2, pending.size());
  }

  @Test
  void aRetryAfterTheTokenExpiredWaitsForANewOneWithoutBlocking(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("free"));
    wm.getWireMock().register(get("/things/1").inScenario("busy").whenScenarioStateIs("free")
        .withHeader("Authorization", equalTo("Bearer tok-2")).willReturn(okJson("{\"id\":\"1\"}")));
    try (TestClient c = client(wm, 2)) {
      CompletableFuture<java.util.Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      answerFetch(1, "tok-1");
      awaitTrue(() -> wm.getWireMock().find(getRequestedFor(urlEqualTo("/things/1"))).size() == 1);
      clock.advance(Duration.ofHours(2));
      answerFetch(2, "tok-2");
      assertEquals("1", call.get(10, TimeUnit.SECONDS).get("id"));
    }
    assertEquals(0, blockingFetches.get(), "the expired token was replaced without blocking OkHttp's thread");
  }

  @Test
  void aFailedTokenFetchFailsTheCallBeforeAnythingIsSent(WireMockRuntimeInfo wm) throws Exception {
    try (TestClient c = client(wm, 3)) {
      CompletableFuture<java.util.Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));
      awaitTrue(() -> pending.size() == 1);
      pending.get(0).completeExceptionally(new AuthenticationException(ErrorDetails.builder().statusCode(401)
          .message("invalid_client").build()));
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(AuthenticationException.class, e.getCause());
    }
    wm.getWireMock().verifyThat(0, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void aTokenThatNeverComesEndsTheCallAtItsDeadline(WireMockRuntimeInfo wm) throws Exception {
    CachingTokenProvider tokens = CachingTokenProvider.of(fetcher, clock, Duration.ofMinutes(5));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).callTimeout(Duration.ofMillis(300))
        .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
      CompletableFuture<java.util.Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));

      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(ApiTimeoutException.class, e.getCause());
    }
    wm.getWireMock().verifyThat(0, getRequestedFor(urlEqualTo("/things/1")));
    assertEquals(1, pending.size());
    assertFalse(pending.get(0).isDone(), "the shared token fetch is left to land");
  }

  @Test
  void aTokenThatArrivesAsTheDeadlineEndsTheCallStartsNoAttempt(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\"}")));
    AtomicInteger attempts = new AtomicInteger();
    ClientObserver tokenAtTheEnd = new ClientObserver() {
      @Override
      public CallObservation callStarted(CallInfo call) {
        return new CallObservation() {
          @Override
          public Map<String, String> attemptStarted(AttemptInfo attempt) {
            attempts.incrementAndGet();
            return Map.of();
          }

          @Override
          public void ended(CallResult result) {
            pending.get(0).complete(token("tok-late"));
          }
        };
      }
    };
    CachingTokenProvider tokens = CachingTokenProvider.of(fetcher, clock, Duration.ofMinutes(5));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).callTimeout(Duration.ofMillis(300))
        .observer(tokenAtTheEnd).authenticator(new BearerTokenAuthenticator(tokens)).build()) {
      CompletableFuture<Map<String, Object>> call = c.transport.executeAsync(c.api.get("1"));

      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(ApiTimeoutException.class, e.getCause());
      Thread.sleep(1_000);
    }
    assertEquals(0, attempts.get(), "no attempt starts once the call has ended");
    wm.getWireMock().verifyThat(0, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void aOneShotBodyIsNotReplayedAfter401ButItsTokenIsDropped(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(post("/uploads").willReturn(aResponse().withStatus(401)));
    MediaType csv = MediaType.get("text/csv");
    RequestBody stream = StreamingBodies.fromStream(
        new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)), 3, csv, null);
    RequestBody form = StreamingBodies.multipart(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", "a.csv", StreamingBodies.fromStream(
            new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)), 3, csv, null))
        .build());
    RequestBody unwrapped = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", "a.csv", StreamingBodies.fromStream(
            new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)), 3, csv, null))
        .build();
    try (TestClient c = client(wm, 3)) {
      for (RequestBody body : List.of(stream, form, unwrapped)) {
        Request upload = new Request.Builder().url(wm.getHttpBaseUrl() + "/uploads").post(body).build();
        int fetch = pending.size() + 1;
        CompletableFuture<Void> call = c.transport.sendAsync(c.transport.httpClient(), upload);
        answerFetch(fetch, "tok-" + fetch);
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        assertInstanceOf(AuthenticationException.class, e.getCause());
      }
    }
    wm.getWireMock().verifyThat(3, postRequestedFor(urlEqualTo("/uploads")));
    assertEquals(3, pending.size(), "each refused token was dropped, so the next call fetched a new one");
    assertTrue(pending.stream().allMatch(CompletableFuture::isDone));
  }
}

package io.commerceclients.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.TokenFetcher;
import io.commerceclients.core.support.MutableClock;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link CachingTokenProvider#tokenAsync()}: one fetch in flight shared by asynchronous and
 * blocking callers, background refresh, no blocking. Asynchronous calls that use it: {@link
 * AsyncAuthTest}.
 */
@WireMockTest
class AsyncTokenTest {
  private final MutableClock clock = new MutableClock();
  private final AtomicInteger blockingFetches = new AtomicInteger();
  private final AtomicInteger asyncFetches = new AtomicInteger();
  private final List<CompletableFuture<AccessToken>> pending = new ArrayList<>();

  /** A fetcher whose asynchronous fetches the test completes by hand. */
  private final TokenFetcher fetcher = new TokenFetcher() {
    @Override
    public AccessToken fetch() {
      return token("blocking-" + blockingFetches.incrementAndGet(), Duration.ofHours(1));
    }

    @Override
    public synchronized CompletableFuture<AccessToken> fetchAsync() {
      asyncFetches.incrementAndGet();
      CompletableFuture<AccessToken> f = new CompletableFuture<>();
      pending.add(f);
      return f;
    }
  };

  private AccessToken token(String value, Duration lifetime) {
    return new AccessToken(value, clock.instant(), lifetime);
  }

  private CachingTokenProvider provider() {
    return CachingTokenProvider.of(fetcher, clock, Duration.ofMinutes(5));
  }

  @Test
  void asynchronousCallersShareOneFetchAndABlockingCallerWaitsForIt() throws Exception {
    CachingTokenProvider provider = provider();
    List<CompletableFuture<AccessToken>> asked = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      asked.add(provider.tokenAsync());
    }
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<AccessToken> blocking = thread.submit(() -> provider.token());
      assertEquals(1, asyncFetches.get());
      asked.forEach(f -> assertFalse(f.isDone()));
      assertFalse(blocking.isDone());

      pending.get(0).complete(token("async-1", Duration.ofHours(1)));

      for (CompletableFuture<AccessToken> f : asked) {
        assertEquals("async-1", f.get(10, TimeUnit.SECONDS).value());
      }
      assertEquals("async-1", blocking.get(10, TimeUnit.SECONDS).value());
      assertEquals(0, blockingFetches.get(), "the blocking caller joined the asynchronous fetch");
      assertEquals("async-1", provider.tokenAsync().get().value());
      assertEquals(1, asyncFetches.get());
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void anAsynchronousCallerJoinsABlockingFetchInFlight() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CachingTokenProvider provider = CachingTokenProvider.of(new TokenFetcher() {
      @Override
      public AccessToken fetch() {
        fetching.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return token("blocking-" + blockingFetches.incrementAndGet(), Duration.ofHours(1));
      }

      @Override
      public CompletableFuture<AccessToken> fetchAsync() {
        asyncFetches.incrementAndGet();
        return CompletableFuture.failedFuture(new AssertionError("no second fetch"));
      }
    }, clock, Duration.ofMinutes(5));
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<AccessToken> blocking = thread.submit(() -> provider.token());
      assertTrue(fetching.await(10, TimeUnit.SECONDS));
      CompletableFuture<AccessToken> async = provider.tokenAsync();
      assertFalse(async.isDone(), "returned at once, without blocking, before the token is there");
      release.countDown();
      assertEquals("blocking-1", async.get(10, TimeUnit.SECONDS).value());
      assertEquals("blocking-1", blocking.get(10, TimeUnit.SECONDS).value());
      assertEquals(0, asyncFetches.get());
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void withinTheRefreshMarginTheValidTokenIsServedWhileOneBackgroundRefreshRuns() throws Exception {
    CachingTokenProvider provider = provider();
    CompletableFuture<AccessToken> first = provider.tokenAsync();
    pending.get(0).complete(token("async-1", Duration.ofHours(1)));
    AccessToken valid = first.get();

    clock.advance(Duration.ofMinutes(56));
    assertSame(valid, provider.tokenAsync().get(), "the valid token, at once");
    assertSame(valid, provider.token(), "a blocking caller does not start a second refresh");
    assertSame(valid, provider.tokenAsync().get());
    assertEquals(2, asyncFetches.get());
    assertEquals(0, blockingFetches.get());

    pending.get(1).completeExceptionally(new ServerException(ErrorDetails.builder().statusCode(503).build()));
    assertSame(valid, provider.tokenAsync().get(), "a failed refresh keeps the valid token");
    assertSame(valid, provider.token());
    assertEquals(2, asyncFetches.get(), "and is not tried again at once");
    assertEquals(0, blockingFetches.get());

    clock.advance(Duration.ofSeconds(31));
    assertSame(valid, provider.tokenAsync().get());
    assertEquals(3, asyncFetches.get(), "tried again 30 s later");
    pending.get(2).complete(token("async-2", Duration.ofHours(1)));
    assertEquals("async-2", provider.tokenAsync().get().value());
    assertEquals("async-2", provider.token().value());
  }

  @Test
  void aTokenAboutToExpireIsNotHandedToAnAsynchronousCall() throws Exception {
    CachingTokenProvider provider = provider();
    assertEquals("blocking-1", provider.token().value());
    clock.advance(Duration.ofHours(1).minusSeconds(10));
    CompletableFuture<AccessToken> async = provider.tokenAsync();
    assertFalse(async.isDone(), "10 s left: the asynchronous caller waits for a fresh token");
    pending.get(0).complete(token("async-1", Duration.ofHours(1)));
    assertEquals("async-1", async.get().value());
  }

  @Test
  void aFailedFetchFailsEveryCallerSharingItAndTheNextCallFetchesAgain() throws Exception {
    CachingTokenProvider provider = provider();
    CompletableFuture<AccessToken> a = provider.tokenAsync();
    CompletableFuture<AccessToken> b = provider.tokenAsync();
    pending.get(0).completeExceptionally(new AuthenticationException(ErrorDetails.builder().statusCode(401).build()));
    assertInstanceOf(AuthenticationException.class, assertThrows(ExecutionException.class, a::get).getCause());
    assertInstanceOf(AuthenticationException.class, assertThrows(ExecutionException.class, b::get).getCause());
    CompletableFuture<AccessToken> again = provider.tokenAsync();
    assertEquals(2, asyncFetches.get());
    pending.get(1).complete(token("async-2", Duration.ofHours(1)));
    assertEquals("async-2", again.get().value());
  }

  @Test
  void cancellingACallersFutureLeavesTheSharedFetchToLand() throws Exception {
    CachingTokenProvider provider = provider();
    CompletableFuture<AccessToken> cancelled = provider.tokenAsync();
    CompletableFuture<AccessToken> other = provider.tokenAsync();
    assertTrue(cancelled.cancel(true));
    assertFalse(pending.get(0).isCancelled());
    pending.get(0).complete(token("async-1", Duration.ofHours(1)));
    assertEquals("async-1", other.get().value());
    assertEquals("async-1", provider.token().value());
    assertEquals(0, blockingFetches.get());
  }

  @Test
  void aFetcherWithoutAnAsynchronousFormFailsTheFutureWithoutBlocking() {
    CachingTokenProvider provider = CachingTokenProvider.of(() -> token("t", Duration.ofHours(1)), clock,
        Duration.ofMinutes(5));
    ExecutionException e = assertThrows(ExecutionException.class, () -> provider.tokenAsync().get());
    assertInstanceOf(UnsupportedOperationException.class, e.getCause());
    assertEquals("t", provider.token().value(), "the blocking path still works");
  }
}

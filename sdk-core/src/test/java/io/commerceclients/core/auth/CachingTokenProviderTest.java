package io.commerceclients.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.TokenFetcher;
import io.commerceclients.core.support.MutableClock;
import io.commerceclients.core.support.Threads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingTokenProviderTest {
  private final MutableClock clock = new MutableClock();
  private final AtomicInteger fetches = new AtomicInteger();

  private AccessToken issue(Duration lifetime) {
    return new AccessToken("token-" + fetches.incrementAndGet(), clock.instant(), lifetime);
  }

  @Test
  void cachesTheTokenUntilTheRefreshMargin() {
    CachingTokenProvider provider = CachingTokenProvider.of(() -> issue(Duration.ofHours(1)), clock, Duration.ofMinutes(5));
    AccessToken first = provider.token();
    clock.advance(Duration.ofMinutes(54));
    assertSame(first, provider.token());
    assertEquals(1, fetches.get());

    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertEquals("token-2", provider.token().value());
    assertEquals(2, fetches.get());
  }

  @Test
  void aShortLivedTokenIsRefreshedPastHalfItsLifetime() {
    CachingTokenProvider provider = CachingTokenProvider.of(() -> issue(Duration.ofSeconds(60)), clock, Duration.ofMinutes(5));
    provider.token();
    clock.advance(Duration.ofSeconds(29));
    assertEquals("token-1", provider.token().value());
    clock.advance(Duration.ofSeconds(2));
    assertEquals("token-2", provider.token().value());
  }

  @Test
  void aFailedEarlyRefreshKeepsTheValidToken() {
    AtomicInteger calls = new AtomicInteger();
    CachingTokenProvider provider = CachingTokenProvider.of(() -> {
      if (calls.incrementAndGet() > 1) {
        throw new ServerException(ErrorDetails.builder().statusCode(503).build());
      }
      return issue(Duration.ofHours(1));
    }, clock, Duration.ofMinutes(5));
    AccessToken first = provider.token();
    clock.advance(Duration.ofMinutes(56));
    assertSame(first, provider.token());
    assertSame(first, provider.token());
    assertEquals(2, calls.get(), "the failed refresh is not retried at once");
    clock.advance(Duration.ofMinutes(5));
    assertThrows(ServerException.class, provider::token, "an expired token is never served");
  }

  @Test
  void invalidateDropsOnlyTheRejectedToken() {
    CachingTokenProvider provider = CachingTokenProvider.of(() -> issue(Duration.ofHours(1)), clock, Duration.ofMinutes(5));
    AccessToken first = provider.token();
    provider.invalidate("some-older-token");
    assertSame(first, provider.token());
    provider.invalidate(first.value());
    assertEquals("token-2", provider.token().value());
  }

  @Test
  void thirtyTwoThreadsShareOneTokenRequest() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    CachingTokenProvider provider = CachingTokenProvider.of(() -> {
      fetching.countDown();
      sleep(200);
      return issue(Duration.ofHours(1));
    }, clock, Duration.ofMinutes(5));
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        Callable<String> task = () -> {
          start.await();
          return provider.token().value();
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      Set<String> tokens = new HashSet<>();
      for (Future<String> f : results) {
        tokens.add(f.get());
      }
      assertEquals(Set.of("token-1"), tokens);
      assertEquals(1, fetches.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFetchThatLandsJustBeforeAThreadClaimsTheFetchIsNotRepeated() {
    RacingClock racing = new RacingClock(clock);
    CachingTokenProvider provider = CachingTokenProvider.of(() -> issue(Duration.ofHours(1)), racing, Duration.ofMinutes(5));
    provider.token();
    clock.advance(Duration.ofHours(2));
    // The test thread's second look at the clock comes after it found the cached token expired and
    // before it claims the fetch: another thread fetches and stores a token in that instant.
    racing.onSecondCall(provider::token);
    assertEquals("token-2", provider.token().value());
    assertEquals(2, fetches.get());
  }

  @Test
  void anAsynchronousFetchThatLandsJustBeforeACallerClaimsTheFetchIsNotRepeated() {
    RacingClock racing = new RacingClock(clock);
    CachingTokenProvider provider = CachingTokenProvider.of(hourTokens(), racing, Duration.ofMinutes(5));
    provider.tokenAsync().join();
    clock.advance(Duration.ofHours(2));
    racing.onSecondCall(() -> provider.tokenAsync().join());
    assertEquals("token-2", provider.tokenAsync().join().value());
    assertEquals(2, fetches.get());
  }

  @Test
  void anAsynchronousEarlyRefreshThatLandsJustAfterACallerReadTheCachedTokenIsNotRepeated() {
    RacingClock racing = new RacingClock(clock);
    CachingTokenProvider provider = CachingTokenProvider.of(hourTokens(), racing, Duration.ofMinutes(5));
    AccessToken first = provider.tokenAsync().join();
    clock.advance(Duration.ofMinutes(56));
    // The test thread reads the cached token, due for an early refresh; at its first look at the
    // clock, another caller refreshes it early and stores the new token.
    racing.onCall(1, () -> provider.tokenAsync().join());
    assertSame(first, provider.tokenAsync().join());
    assertEquals(2, fetches.get(), "the token the other caller just fetched is not refreshed again");
    assertEquals("token-2", provider.tokenAsync().join().value());
  }

  @Test
  void aTokenDueForRefreshThatTheServerRejectsMeanwhileIsNotServedAgain() {
    RacingClock racing = new RacingClock(clock);
    CachingTokenProvider provider = CachingTokenProvider.of(() -> issue(Duration.ofHours(1)), racing, Duration.ofMinutes(5));
    AccessToken first = provider.token();
    clock.advance(Duration.ofMinutes(56));
    // The test thread reads the cached token, due for an early refresh; at its first look at the
    // clock, another call's 401 invalidates that token.
    racing.onCall(1, () -> provider.invalidate(first.value()));
    assertEquals("token-2", provider.token().value());
    assertEquals(2, fetches.get());
  }

  /** A fetcher of one-hour tokens, in both forms. */
  private TokenFetcher hourTokens() {
    return new TokenFetcher() {
      @Override
      public AccessToken fetch() {
        return issue(Duration.ofHours(1));
      }

      @Override
      public CompletableFuture<AccessToken> fetchAsync() {
        return CompletableFuture.completedFuture(fetch());
      }
    };
  }

  /** A clock that, on the arming thread's n-th reading, runs an action on another thread to its end. */
  private static final class RacingClock extends Clock {
    private final Clock delegate;
    private volatile Thread armed;
    private volatile Runnable action;
    private int calls;
    private int racingCall;

    RacingClock(Clock delegate) {
      this.delegate = delegate;
    }

    void onSecondCall(Runnable action) {
      onCall(2, action);
    }

    void onCall(int call, Runnable action) {
      this.action = action;
      this.calls = 0;
      this.racingCall = call;
      this.armed = Thread.currentThread();
    }

    @Override
    public Instant instant() {
      if (Thread.currentThread() == armed && ++calls == racingCall) {
        armed = null;
        Threads.runToItsEnd(action);
      }
      return delegate.instant();
    }

    @Override
    public ZoneId getZone() {
      return delegate.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

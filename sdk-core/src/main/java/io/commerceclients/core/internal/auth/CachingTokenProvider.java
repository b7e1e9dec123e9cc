package io.commerceclients.core.internal.auth;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.logging.LazyLogger;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.BooleanSupplier;

/**
 * Caches a token and refreshes it ahead of expiry, with one fetch at a time however many threads
 * ask. A token is refreshed once {@code refreshMargin} (default 5 minutes) before it expires, or
 * past half its lifetime when it lives shorter than twice the margin. While it is still valid,
 * other threads keep using it during a refresh, and a failed early refresh keeps it in use (and is
 * tried again after 30 s); once it has expired, callers wait for the single fetch in flight, each
 * until its call is cancelled or its thread interrupted.
 *
 * <p>{@link #tokenAsync()} serves asynchronous calls without blocking: the fetch in flight, whether
 * a blocking caller or an asynchronous one started it, is shared by both kinds of caller, and a
 * blocking caller that finds an asynchronous fetch in flight waits for it instead of starting
 * another.
 */
public final class CachingTokenProvider implements TokenProvider {
  private static final LazyLogger LOG = LazyLogger.of(CachingTokenProvider.class);
  private static final Duration RETRY_AFTER_FAILED_REFRESH = Duration.ofSeconds(30);
  private static final Duration MAX_ASYNC_MARGIN = Duration.ofSeconds(30);
  private static final long WAIT_SLICE_MILLIS = 50;
  private static final AtomicReferenceFieldUpdater<CachingTokenProvider, AccessToken> CURRENT =
      AtomicReferenceFieldUpdater.newUpdater(CachingTokenProvider.class, AccessToken.class, "current");

  private final TokenFetcher fetcher;
  private final Clock clock;
  private final Duration refreshMargin;
  private final AtomicReference<CompletableFuture<AccessToken>> flight = new AtomicReference<>();
  private volatile AccessToken current;
  private volatile Instant nextEarlyRefresh = Instant.MIN;
  /** Set once the fetcher showed it has no asynchronous form: asynchronous callers are then told at once. */
  private volatile boolean noAsyncForm;

  private CachingTokenProvider(TokenFetcher fetcher, Clock clock, Duration refreshMargin) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
  }

  /** Creates a provider with the default 5-minute refresh margin and the system clock. */
  public static CachingTokenProvider of(TokenFetcher fetcher) {
    return new CachingTokenProvider(fetcher, Clock.systemUTC(), Duration.ofMinutes(5));
  }

  /** Creates a provider with the given clock and refresh margin. */
  public static CachingTokenProvider of(TokenFetcher fetcher, Clock clock, Duration refreshMargin) {
    return new CachingTokenProvider(fetcher, clock, refreshMargin);
  }

  /**
   * {@inheritDoc} A wait for another thread's fetch ends if this thread is interrupted: with a
   * {@link TransportException}, the interrupt flag kept.
   */
  @Override
  public AccessToken token() {
    try {
      return token(() -> false);
    } catch (InterruptedIOException e) {
      throw new TransportException(ErrorDetails.builder().message(e.getMessage()).build(), e);
    }
  }

  @Override
  public AccessToken token(BooleanSupplier abandoned) throws InterruptedIOException {
    AccessToken token = current;
    Instant now = clock.instant();
    if (token != null && now.isBefore(refreshAt(token))) {
      return token;
    }
    if (token != null && now.isBefore(token.expiresAt())) {
      AccessToken refreshed = refreshEarly(token, now);
      if (refreshed != null) {
        return refreshed;
      }
    }
    while (true) {
      AccessToken again = current;
      if (again != null && clock.instant().isBefore(again.expiresAt())) {
        return again;
      }
      CompletableFuture<AccessToken> shared = flight.get();
      if (shared != null) {
        return await(shared, abandoned);
      }
      AccessToken fetched = fetchAsFlight(again);
      if (fetched != null) {
        return fetched;
      }
    }
  }

  /**
   * Returns a future of a valid token without blocking: at once when the cached token stays valid
   * a little longer (30 seconds or a tenth of its lifetime, whichever is shorter, so that it is
   * still valid when the request that carries it is sent), otherwise the fetch in
   * flight or a new asynchronous one ({@link TokenFetcher#fetchAsync()}). Within the refresh margin
   * the cached token is returned and a refresh starts in the background. Cancelling the returned
   * future does not cancel the fetch, which other callers may share; it still lands in the cache.
   */
  @Override
  public CompletableFuture<AccessToken> tokenAsync() {
    AccessToken token = current;
    Instant now = clock.instant();
    if (token != null && now.isBefore(token.expiresAt().minus(asyncMargin(token)))) {
      if (!noAsyncForm && !now.isBefore(refreshAt(token).minus(asyncMargin(token)))
          && !now.isBefore(nextEarlyRefresh)) {
        joinOrStartFlight(token);
      }
      return CompletableFuture.completedFuture(token);
    }
    if (noAsyncForm) {
      return CompletableFuture.failedFuture(TokenFetcher.noAsynchronousForm());
    }
    return joinOrStartFlight(null).thenApply(fresh -> fresh);
  }

  @Override
  public void invalidate(String rejected) {
    AccessToken token = current;
    if (token != null && token.value().equals(rejected)) {
      CURRENT.compareAndSet(this, token, null);
    }
  }

  /**
   * Refreshes a token still valid but due, or returns it while a refresh is in flight or after a
   * failed one; returns null if the server rejected it meanwhile ({@link #invalidate}), for the
   * caller to fetch a new token as for an expired one.
   */
  private AccessToken refreshEarly(AccessToken stillValid, Instant now) {
    AccessToken latest = current;
    if (latest != stillValid) {
      return latest;
    }
    if (now.isBefore(nextEarlyRefresh) || flight.get() != null) {
      return stillValid;
    }
    try {
      AccessToken fetched = fetchAsFlight(stillValid);
      return fetched != null ? fetched : stillValid;
    } catch (ApiException e) {
      earlyRefreshFailed(stillValid, e);
      return stillValid;
    }
  }

  /**
   * Fetches a token on this thread as the fetch in flight (which asynchronous callers may join),
   * stores it and returns it; returns null without fetching if another fetch is in flight. The
   * caller found {@code seen} too old: a newer valid token that a fetch stored since is returned
   * instead of fetching again.
   */
  private AccessToken fetchAsFlight(AccessToken seen) {
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    if (!flight.compareAndSet(null, mine)) {
      return null;
    }
    AccessToken landed = storedSince(seen, false);
    if (landed != null) {
      land(mine, landed, null);
      return landed;
    }
    try {
      AccessToken fresh = fetcher.fetch();
      store(fresh);
      land(mine, fresh, null);
      return fresh;
    } catch (RuntimeException | Error e) {
      land(mine, null, e);
      throw e;
    }
  }

  /**
   * Returns the fetch in flight, or starts an asynchronous one: an early refresh of {@code due}, the
   * valid token the caller found due for refresh, or (null) a fetch of a token the caller lacks.
   */
  private CompletableFuture<AccessToken> joinOrStartFlight(AccessToken due) {
    boolean early = due != null;
    while (true) {
      CompletableFuture<AccessToken> shared = flight.get();
      if (shared != null) {
        return shared;
      }
      AccessToken landed = current;
      if (!early && landed != null && clock.instant().isBefore(landed.expiresAt().minus(asyncMargin(landed)))) {
        return CompletableFuture.completedFuture(landed);
      }
      CompletableFuture<AccessToken> mine = new CompletableFuture<>();
      if (flight.compareAndSet(null, mine)) {
        AccessToken since = storedSince(early ? due : landed, true);
        if (since != null) {
          land(mine, since, null);
        } else {
          launch(mine, early ? landed : null);
        }
        return mine;
      }
    }
  }

  private void launch(CompletableFuture<AccessToken> mine, AccessToken stillValid) {
    CompletableFuture<AccessToken> fetched;
    try {
      fetched = Objects.requireNonNull(fetcher.fetchAsync(), "fetchAsync() returned no future");
    } catch (RuntimeException | Error e) {
      fetched = CompletableFuture.failedFuture(e);
    }
    fetched.whenComplete((fresh, error) -> {
      Throwable failure = Async.unwrap(error);
      if (failure instanceof UnsupportedOperationException) {
        noAsyncForm = true;
      }
      if (failure == null && fresh == null) {
        failure = new IllegalStateException("the token fetcher completed without a token");
      }
      if (failure == null) {
        store(fresh);
      } else if (stillValid != null) {
        earlyRefreshFailed(stillValid, failure);
      }
      land(mine, fresh, failure);
    });
  }

  /**
   * Returns the token a fetch stored after the caller read {@code seen}, if it is still valid (for
   * an asynchronous call, a little longer: {@link #asyncMargin}); null otherwise. The winner of the
   * flight slot asks, so that a fetch which landed between its look at the cache and its claim of
   * the slot is not repeated.
   */
  private AccessToken storedSince(AccessToken seen, boolean async) {
    AccessToken latest = current;
    if (latest == null || latest == seen) {
      return null;
    }
    Duration margin = async ? asyncMargin(latest) : Duration.ZERO;
    return clock.instant().isBefore(latest.expiresAt().minus(margin)) ? latest : null;
  }

  private void store(AccessToken fresh) {
    current = fresh;
    nextEarlyRefresh = Instant.MIN;
  }

  /** Ends the fetch in flight: clears the slot first, so a caller after it sees the stored token. */
  private void land(CompletableFuture<AccessToken> mine, AccessToken fresh, Throwable failure) {
    flight.compareAndSet(mine, null);
    if (failure == null) {
      mine.complete(fresh);
    } else {
      mine.completeExceptionally(failure);
    }
  }

  private void earlyRefreshFailed(AccessToken stillValid, Throwable e) {
    nextEarlyRefresh = clock.instant().plus(RETRY_AFTER_FAILED_REFRESH);
    LOG.get().warn("Early token refresh failed; the current token stays in use until {}: {}",
        stillValid.expiresAt(), e.getMessage());
  }

  /** Waits for the fetch in flight, looking every {@value #WAIT_SLICE_MILLIS} ms whether the call was abandoned. */
  private static AccessToken await(CompletableFuture<AccessToken> shared, BooleanSupplier abandoned)
      throws InterruptedIOException {
    while (true) {
      if (abandoned.getAsBoolean()) {
        throw new InterruptedIOException("Canceled while waiting for an access token");
      }
      try {
        return shared.get(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillFetching) {
        // look again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for an access token");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new CompletionException(cause);
      }
    }
  }

  private Instant refreshAt(AccessToken token) {
    Duration lifetime = Duration.between(token.issuedAt(), token.expiresAt());
    Duration margin = refreshMargin.multipliedBy(2).compareTo(lifetime) > 0 ? lifetime.dividedBy(2) : refreshMargin;
    return token.expiresAt().minus(margin);
  }

  /** How much longer than now a token must stay valid to be handed to an asynchronous call. */
  private static Duration asyncMargin(AccessToken token) {
    Duration tenth = Duration.between(token.issuedAt(), token.expiresAt()).dividedBy(10);
    return tenth.compareTo(MAX_ASYNC_MARGIN) < 0 ? tenth : MAX_ASYNC_MARGIN;
  }
}

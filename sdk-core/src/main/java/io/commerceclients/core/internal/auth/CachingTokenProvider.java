package io.commerceclients.core.internal.auth;

import io.commerceclients.core.error.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches a token and refreshes it ahead of expiry, with one fetch at a time however many threads
 * ask. A token is refreshed once {@code refreshMargin} (default 5 minutes) before it expires, or
 * past half its lifetime when it lives shorter than twice the margin. While it is still valid,
 * other threads keep using it during a refresh, and a failed early refresh keeps it in use (and is
 * tried again after 30 s); once it has expired, callers wait for the single fetch in flight.
 */
public final class CachingTokenProvider implements TokenProvider {
  private static final Logger LOG = LoggerFactory.getLogger(CachingTokenProvider.class);
  private static final Duration RETRY_AFTER_FAILED_REFRESH = Duration.ofSeconds(30);

  private final TokenFetcher fetcher;
  private final Clock clock;
  private final Duration refreshMargin;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;
  private volatile Instant nextEarlyRefresh = Instant.MIN;

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

  @Override
  public AccessToken token() {
    AccessToken token = current;
    Instant now = clock.instant();
    if (token != null && now.isBefore(refreshAt(token))) {
      return token;
    }
    if (token != null && now.isBefore(token.expiresAt())) {
      return refreshEarly(token, now);
    }
    lock.lock();
    try {
      AccessToken again = current;
      if (again != null && clock.instant().isBefore(again.expiresAt())) {
        return again;
      }
      return fetchAndStore();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void invalidate(String rejected) {
    lock.lock();
    try {
      AccessToken token = current;
      if (token != null && token.value().equals(rejected)) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  private AccessToken refreshEarly(AccessToken stillValid, Instant now) {
    if (now.isBefore(nextEarlyRefresh) || !lock.tryLock()) {
      return stillValid;
    }
    try {
      if (current != stillValid) {
        return current != null ? current : stillValid;
      }
      return fetchAndStore();
    } catch (ApiException e) {
      nextEarlyRefresh = clock.instant().plus(RETRY_AFTER_FAILED_REFRESH);
      LOG.warn("Early token refresh failed; the current token stays in use until {}: {}",
          stillValid.expiresAt(), e.getMessage());
      return stillValid;
    } finally {
      lock.unlock();
    }
  }

  private AccessToken fetchAndStore() {
    AccessToken fresh = fetcher.fetch();
    current = fresh;
    nextEarlyRefresh = Instant.MIN;
    return fresh;
  }

  private Instant refreshAt(AccessToken token) {
    Duration lifetime = Duration.between(token.issuedAt(), token.expiresAt());
    Duration margin = refreshMargin.multipliedBy(2).compareTo(lifetime) > 0 ? lifetime.dividedBy(2) : refreshMargin;
    return token.expiresAt().minus(margin);
  }
}

package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.PermissionDeniedException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one API, checked with one cheap read through a client of its own that never
 * retries, and reused for a while so that {@code /actuator/health} does not spend the
 * application's rate limit: UP when the read succeeds; DOWN when the credentials are refused
 * (401, 403), the resource is unknown or the API cannot be reached; UNKNOWN when the API is busy
 * or failing (429, 5xx, a timeout, an answer that breaks the contract). A 429's {@code
 * Retry-After} keeps the result at least that long, but no longer than an hour (or the cache time,
 * if longer), so an API that asks for days cannot freeze the status. Details name the API, the time
 * of the check and, on failure, the exception type, HTTP status, the API's error code and request
 * id; never a credential or a URL.
 *
 * <p>Checks run one at a time: callers arriving during a check wait for it and share its result.
 */
public final class ClientHealthIndicator implements HealthIndicator, AutoCloseable {
  /** The longest a 429's Retry-After holds a result beyond the cache time, whatever the API asks. */
  static final Duration MAX_RETRY_AFTER_HOLD = Duration.ofHours(1);

  private final String api;
  private final AutoCloseable client;
  private final Runnable check;
  private final Duration cacheTimeToLive;
  private final Clock clock;
  private Health cached;
  private Instant cachedUntil = Instant.MIN;

  private ClientHealthIndicator(String api, AutoCloseable client, Runnable check, Duration cacheTimeToLive,
      Clock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.client = Objects.requireNonNull(client, "client");
    this.check = Objects.requireNonNull(check, "check");
    this.cacheTimeToLive = Objects.requireNonNull(cacheTimeToLive, "cacheTimeToLive");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns an indicator of {@code api} that runs {@code check} on {@code client}, a client built
   * for it alone (without retries), which the indicator closes.
   */
  public static <C extends AutoCloseable> ClientHealthIndicator of(String api, C client, Consumer<C> check,
      Duration cacheTimeToLive, Clock clock) {
    return new ClientHealthIndicator(api, client, () -> check.accept(client), cacheTimeToLive, clock);
  }

  /** Returns the cached result while it is fresh, else checks the API once and caches the result. */
  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cachedUntil)) {
      return cached;
    }
    Duration keep = cacheTimeToLive;
    Health.Builder health;
    try {
      check.run();
      health = Health.up();
    } catch (RateLimitException e) {
      health = failure(Health.unknown(), e);
      keep = rateLimitedFor(e);
    } catch (RuntimeException e) {
      health = failure(isTransient(e) ? Health.unknown() : Health.down(), e);
    }
    cached = health.withDetail("api", api).withDetail("checkedAt", now.toString()).build();
    cachedUntil = now.plus(keep);
    return cached;
  }

  /**
   * Returns how long a 429 is reused: its Retry-After, but at least the cache time and at most an
   * hour (or the cache time, if longer).
   */
  private Duration rateLimitedFor(RateLimitException e) {
    Duration asked = e.retryAfter().orElse(cacheTimeToLive);
    Duration atMost = MAX_RETRY_AFTER_HOLD.compareTo(cacheTimeToLive) > 0 ? MAX_RETRY_AFTER_HOLD : cacheTimeToLive;
    if (asked.compareTo(atMost) > 0) {
      return atMost;
    }
    return asked.compareTo(cacheTimeToLive) > 0 ? asked : cacheTimeToLive;
  }

  /** Closes the indicator's own client. */
  @Override
  public void close() throws Exception {
    client.close();
  }

  private static boolean isTransient(RuntimeException e) {
    if (e instanceof AuthenticationException || e instanceof PermissionDeniedException) {
      return false;
    }
    return e instanceof ServerException || e instanceof ApiTimeoutException || e instanceof ProtocolException;
  }

  private static Health.Builder failure(Health.Builder health, RuntimeException e) {
    health.withDetail("error", e.getClass().getSimpleName());
    if (e instanceof ApiException) {
      ApiException api = (ApiException) e;
      if (api.statusCode() > 0) {
        health.withDetail("httpStatus", api.statusCode());
      }
      api.errorCode().ifPresent(code -> health.withDetail("errorCode", code));
      api.requestId().ifPresent(id -> health.withDetail("requestId", id));
    }
    if (e instanceof RateLimitException) {
      ((RateLimitException) e).retryAfter().ifPresent(after -> health.withDetail("retryAfter", after.toString()));
    }
    return health;
  }
}

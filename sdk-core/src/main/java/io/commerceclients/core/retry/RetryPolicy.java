package io.commerceclients.core.retry;

import io.commerceclients.core.internal.validation.Check;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before sending a failed request again: exponential backoff ({@code
 * initialBackoff × multiplier^(retry−1)}, capped at {@code maxBackoff}) minus up to {@code
 * jitter} of it at random, or the server's {@code Retry-After} when it sent one.
 *
 * <p>Retried: 429, 502, 503 and 504 answers and I/O failures, for idempotent requests only (GET,
 * HEAD, PUT, DELETE, OPTIONS and the methods a client marks safe to repeat); a 429 (refused before
 * processing) and a request that never reached the server (connection refused) are retried
 * whatever the method. Bodies that cannot be sent
 * twice are never retried. Defaults: 2 retries, 500 ms initial backoff, ×2, 8 s cap, 20 % jitter,
 * {@code Retry-After} honoured up to 60 s (a longer one ends the call with the rate-limit error).
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;
  private final DoubleSupplier random;
  private final boolean retryRateLimitedRequests;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.multiplier = b.multiplier;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
    this.random = b.random;
    this.retryRateLimitedRequests = b.retryRateLimitedRequests;
  }

  /** Returns the default policy: 2 retries with backoff from 500 ms to 8 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Returns a policy that never retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Starts a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this policy's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.multiplier = multiplier;
    b.maxBackoff = maxBackoff;
    b.jitter = jitter;
    b.maxRetryAfter = maxRetryAfter;
    b.retryableStatuses = retryableStatuses;
    b.random = random;
    b.retryRateLimitedRequests = retryRateLimitedRequests;
    return b;
  }

  /** Returns how many times a request may be sent again after the first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** Returns the longest {@code Retry-After} the policy will wait for. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns true if a 429 is retried whatever the request's method (default): the server refused
   * the request before processing it, so sending it again cannot apply it twice.
   */
  public boolean retriesRateLimitedRequests() {
    return retryRateLimitedRequests;
  }

  /** Returns true if an answer with this status may be retried. */
  public boolean isRetryableStatus(int status) {
    return retryableStatuses.contains(status);
  }

  /** Returns the backoff before retry number {@code retry} (1 for the first retry), jitter applied. */
  public Duration backoff(int retry) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff.toMillis());
    double jittered = capped * (1.0 - jitter * random.getAsDouble());
    return Duration.ofMillis(Math.round(jittered));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", multiplier=" + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + ", retryableStatuses=" + retryableStatuses
        + ", retryRateLimitedRequests=" + retryRateLimitedRequests + "}";
  }

  /** Builds a {@link RetryPolicy}; every setting is validated by {@link #build()}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = Set.of(429, 502, 503, 504);
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private boolean retryRateLimitedRequests = true;

    private Builder() {}

    /** Sets how many retries follow the first attempt (0 turns retries off; default 2). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** Sets the backoff before the first retry (default 500 ms). */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** Sets the factor between successive backoffs (default 2). */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Sets the longest backoff (default 8 s). */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** Sets the share of each backoff removed at random, 0 to 1 (default 0.2). */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /** Sets the longest {@code Retry-After} honoured; a longer one is not waited for (default 60 s). */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** Sets the statuses that may be retried (default 429, 502, 503, 504). */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /** Sets whether a 429 is retried whatever the request's method (default true). */
    public Builder retryRateLimitedRequests(boolean retry) {
      this.retryRateLimitedRequests = retry;
      return this;
    }

    /** Sets the source of randomness for jitter, returning values in [0, 1); for tests. */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws io.commerceclients.core.validation.ValidationException if a setting is out of range
     */
    public RetryPolicy build() {
      Check.inRange(maxRetries, 0, 100, "retryPolicy.maxRetries");
      Check.that(initialBackoff != null && !initialBackoff.isNegative(),
          "retryPolicy.initialBackoff", "must be zero or positive");
      Check.that(maxBackoff != null && maxBackoff.compareTo(initialBackoff) >= 0,
          "retryPolicy.maxBackoff", "must be at least initialBackoff");
      Check.that(multiplier >= 1.0, "retryPolicy.multiplier", "must be >= 1, got " + multiplier);
      Check.that(jitter >= 0.0 && jitter <= 1.0, "retryPolicy.jitter",
          "must be between 0 and 1, got " + jitter);
      Check.that(maxRetryAfter != null && !maxRetryAfter.isNegative(),
          "retryPolicy.maxRetryAfter", "must be zero or positive");
      return new RetryPolicy(this);
    }
  }
}

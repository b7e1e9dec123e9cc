package io.commerceclients.core.polling;

import io.commerceclients.core.internal.validation.Check;
import java.time.Duration;
import java.time.Instant;

/**
 * How often and for how long to poll: the first poll after {@code initialDelay}, then every
 * {@code interval}, growing by {@code multiplier} up to {@code maxInterval}, until {@code timeout}
 * has passed or {@code maxAttempts} polls were made. Defaults: no initial delay, 2 s interval,
 * ×1.5 up to 30 s, 30 minutes, no attempt limit.
 */
public final class PollingOptions {
  private static final PollingOptions DEFAULTS = builder().build();

  private final Duration initialDelay;
  private final Duration interval;
  private final double multiplier;
  private final Duration maxInterval;
  private final Duration timeout;
  private final int maxAttempts;

  private PollingOptions(Builder b) {
    this.initialDelay = b.initialDelay;
    this.interval = b.interval;
    this.multiplier = b.multiplier;
    this.maxInterval = b.maxInterval;
    this.timeout = b.timeout;
    this.maxAttempts = b.maxAttempts;
  }

  /** Returns the defaults. */
  public static PollingOptions defaults() {
    return DEFAULTS;
  }

  /** Starts a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the wait before the first poll. */
  public Duration initialDelay() {
    return initialDelay;
  }

  /** Returns the wait after poll number {@code attempt} (1-based). */
  public Duration delayAfter(int attempt) {
    double millis = interval.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
    return Duration.ofMillis((long) Math.min(millis, maxInterval.toMillis()));
  }

  /**
   * Returns true if poll number {@code attempt} (1-based), made at {@code now}, may be followed by
   * another: the attempt limit is not reached and the next poll, {@link #delayAfter} later, comes
   * before {@code deadline}.
   */
  public boolean pollsAfter(int attempt, Instant now, Instant deadline) {
    return attempt < maxAttempts && now.plus(delayAfter(attempt)).isBefore(deadline);
  }

  /** Returns the overall time limit. */
  public Duration timeout() {
    return timeout;
  }

  /** Returns the most polls made. */
  public int maxAttempts() {
    return maxAttempts;
  }

  @Override
  public String toString() {
    return "PollingOptions{initialDelay=" + initialDelay + ", interval=" + interval + ", multiplier=" + multiplier
        + ", maxInterval=" + maxInterval + ", timeout=" + timeout + ", maxAttempts=" + maxAttempts + "}";
  }

  /** Builds {@link PollingOptions}. */
  public static final class Builder {
    private Duration initialDelay = Duration.ZERO;
    private Duration interval = Duration.ofSeconds(2);
    private double multiplier = 1.5;
    private Duration maxInterval = Duration.ofSeconds(30);
    private Duration timeout = Duration.ofMinutes(30);
    private int maxAttempts = Integer.MAX_VALUE;

    private Builder() {}

    /** Sets the wait before the first poll (default none). */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
      return this;
    }

    /** Sets the wait between the first polls (default 2 s). */
    public Builder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    /** Sets the growth of the interval after each poll, 1 for a fixed interval (default 1.5). */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Sets the longest interval (default 30 s). */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = maxInterval;
      return this;
    }

    /** Sets the overall time limit (default 30 minutes). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Sets the most polls made (default unlimited). */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws io.commerceclients.core.validation.ValidationException if a setting is out of range
     */
    public PollingOptions build() {
      Check.that(initialDelay != null && !initialDelay.isNegative(), "polling.initialDelay", "must be zero or positive");
      Check.that(interval != null && !interval.isNegative(), "polling.interval", "must be zero or positive");
      Check.that(multiplier >= 1.0, "polling.multiplier", "must be >= 1, got " + multiplier);
      Check.that(maxInterval != null && maxInterval.compareTo(interval) >= 0, "polling.maxInterval",
          "must be at least the interval");
      Check.that(timeout != null && timeout.toMillis() > 0, "polling.timeout", "must be positive");
      Check.inRange(maxAttempts, 1, Integer.MAX_VALUE, "polling.maxAttempts");
      return new PollingOptions(this);
    }
  }
}

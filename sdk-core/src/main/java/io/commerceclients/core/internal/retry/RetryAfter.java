package io.commerceclients.core.internal.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header given as whole seconds (ASCII digits only, as RFC 9110 has
 * it) or as an HTTP date. Anything else (a negative, fractional or hexadecimal number, {@code NaN})
 * is unreadable and ignored, so the ordinary backoff applies; seconds beyond {@value #MAX_SECONDS}
 * (about a century), as is a date further away.
 */
public final class RetryAfter {
  static final long MAX_SECONDS = 100L * 365 * 24 * 3600;

  private RetryAfter() {}

  /** Returns the delay the header asks for (never negative), or empty if it is absent or unreadable. */
  public static Optional<Duration> parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    if (isDigits(value)) {
      return Optional.of(Duration.ofSeconds(value.length() > 12 ? MAX_SECONDS : Math.min(Long.parseLong(value), MAX_SECONDS)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(delay.isNegative() ? Duration.ZERO : min(delay, Duration.ofSeconds(MAX_SECONDS)));
    } catch (RuntimeException notADate) {
      return Optional.empty();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static boolean isDigits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}

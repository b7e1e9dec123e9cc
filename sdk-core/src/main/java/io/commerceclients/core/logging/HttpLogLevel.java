package io.commerceclients.core.logging;

import java.util.Locale;
import java.util.Optional;

/**
 * How much of each HTTP exchange the SDK logs (through SLF4J, logger {@code
 * io.commerceclients.http}, at INFO). Credentials are redacted at every level.
 */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, redacted URL, status, duration and attempt. */
  BASIC,
  /** BASIC plus headers, with credential headers redacted. */
  HEADERS,
  /** HEADERS plus small JSON, form and text bodies, with secret fields redacted; never streams. */
  BODY;

  /** The environment variable that sets the level when the builder does not: {@value}. */
  public static final String ENV_VARIABLE = "COMMERCE_CLIENTS_LOG";

  /** Returns the level named by {@value #ENV_VARIABLE}, if it is set to a level's name. */
  public static Optional<HttpLogLevel> fromEnvironment() {
    String value = System.getenv(ENV_VARIABLE);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}

package io.commerceclients.core.auth;

import io.commerceclients.core.validation.Check;

/** Checks of credentials at build time, with messages that never include the secret. */
public final class Secrets {
  private Secrets() {}

  /** Requires a non-blank value without surrounding white space and returns it. */
  public static String requireSecret(String value, String field) {
    Check.that(value != null, field, "is required");
    Check.that(!value.isBlank(), field, "must not be empty or blank");
    Check.that(value.strip().equals(value), field, "has leading or trailing white space; check how it was copied");
    return value;
  }

  /** Requires a non-blank, non-secret value and returns it. */
  public static String requireNonBlank(String value, String field) {
    return Check.notBlank(value, field);
  }
}

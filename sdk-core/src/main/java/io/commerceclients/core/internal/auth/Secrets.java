package io.commerceclients.core.internal.auth;

import io.commerceclients.core.internal.validation.Check;

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

  /**
   * Requires a secret that is sent as a header value as it is (such as an API key): non-blank,
   * and printable ASCII only, so that no line break or control character can reach the wire or
   * an HTTP library's error message.
   *
   * @throws io.commerceclients.core.validation.ValidationException naming {@code field}, never showing the value
   */
  public static String requireHeaderSecret(String value, String field) {
    requireSecret(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      Check.that(c > 0x20 && c < 0x7f, field,
          "must be printable ASCII without spaces or line breaks (character " + (i + 1) + " of "
              + value.length() + " is not); check how it was copied");
    }
    return value;
  }

  /**
   * Requires a secret as {@link #requireSecret} does, and without control characters (a line break
   * among them), which no real credential holds: a sign of a bad copy or of an attempt to inject a
   * header. Other characters, non-ASCII included, are allowed (HTTP Basic sends them encoded).
   *
   * @throws io.commerceclients.core.validation.ValidationException naming {@code field}, never showing the value
   */
  public static String requireSecretWithoutControls(String value, String field) {
    requireSecret(value, field);
    requireNoControls(value, field);
    return value;
  }

  /** Requires a value without control characters, naming the first one's position but not the value. */
  static void requireNoControls(String value, String field) {
    for (int i = 0; i < value.length(); i++) {
      Check.that(!Character.isISOControl(value.charAt(i)), field, "must not contain control characters or"
          + " line breaks (character " + (i + 1) + " of " + value.length() + " is one); check how it was copied");
    }
  }

  /** Requires a non-blank, non-secret value and returns it. */
  public static String requireNonBlank(String value, String field) {
    return Check.notBlank(value, field);
  }
}

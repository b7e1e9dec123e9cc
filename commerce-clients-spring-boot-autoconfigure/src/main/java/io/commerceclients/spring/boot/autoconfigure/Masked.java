package io.commerceclients.spring.boot.autoconfigure;

/** How the properties' {@code toString()} shows a secret: whether it is set, never its value. */
final class Masked {
  private Masked() {}

  /** Returns {@code "****"} for a set secret and {@code "null"} for an unset one. */
  static String of(String secret) {
    return secret == null ? "null" : "****";
  }
}

package io.commerceclients.kibo.importexport.internal;

/** Raises the SDK's validation error before any request is sent. */
public final class Validation {
  private Validation() {}

  /** Throws {@link #error(String)} unless {@code condition} holds. */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw error(message);
    }
  }

  /** Returns the validation exception for {@code message}. */
  public static RuntimeException error(String message) {
    return new IllegalArgumentException(message);
  }
}

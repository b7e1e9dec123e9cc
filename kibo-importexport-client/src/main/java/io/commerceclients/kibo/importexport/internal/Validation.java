package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.validation.ValidationException;

/** Raises core's {@link ValidationException} from a {@code "field: problem"} message. */
final class Validation {
  private Validation() {}

  /** Throws {@link #error(String)} unless {@code condition} holds. */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw error(message);
    }
  }

  /** Returns the exception for {@code "field: problem"}; the field is the text before the first colon. */
  public static ValidationException error(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? new ValidationException("request", message)
        : new ValidationException(message.substring(0, colon), message.substring(colon + 2));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.error.ProtocolException;

/**
 * Checks that a Karla answer holds the object the operation returns: a GET answered with no body
 * or a JSON {@code null} breaks the contract and gets {@link ProtocolException} naming the
 * operation, never a null the caller would trip over later.
 */
final class Answers {

  private Answers() {}

  /**
   * Returns {@code body}.
   *
   * @throws ProtocolException if it is null
   */
  static <T> T body(T body, String operation) {
    if (body == null) {
      throw new ProtocolException(operation + ": Karla answered with an empty body");
    }
    return body;
  }
}

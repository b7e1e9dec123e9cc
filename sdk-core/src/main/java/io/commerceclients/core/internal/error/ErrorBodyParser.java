package io.commerceclients.core.internal.error;

/**
 * Reads one API's error body. Implementations must never throw: a body they cannot read yields
 * {@link ParsedError#empty()}, and the raw body stays available on the exception.
 */
@FunctionalInterface
public interface ErrorBodyParser {

  /** Reads what {@code body} (possibly empty, possibly not JSON) says about the error. */
  ParsedError parse(int statusCode, String body);

  /**
   * A parser for the common shapes {@code {"message": …, "error": …, "code"|"errorCode": …}}: it
   * reads what it finds and ignores the rest.
   */
  static ErrorBodyParser generic() {
    return GenericErrorBodyParser.INSTANCE;
  }
}

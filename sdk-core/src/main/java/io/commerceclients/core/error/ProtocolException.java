package io.commerceclients.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The server broke the API's contract: an answer with no body where one was expected, a body
 * over the size cap, a body that lacks a field the operation needs, a page that repeats the
 * previous one, a redirect that would carry a request body or credentials to another origin, or
 * a token answer that cannot be used. Retrying the same call is unlikely to help.
 */
public class ProtocolException extends TransportException {

  /** Creates the exception from the details of the call and the failure that revealed it (may be null). */
  public ProtocolException(ErrorDetails details, @Nullable Throwable cause) {
    super(details, cause);
  }

  /** Creates the exception for a contract breach not tied to one HTTP exchange (such as a repeated page). */
  public ProtocolException(String message) {
    super(ErrorDetails.builder().message(message).build(), null);
  }
}

package io.commerceclients.core.error;

import org.jspecify.annotations.Nullable;

/**
 * No usable response arrived: the connection failed or was reset, or the body was cut short or
 * could not be read. {@link #statusCode()} is the status when a response started, else 0.
 */
public class TransportException extends ApiException {

  /** Creates the exception from the details of the call and the I/O failure. */
  public TransportException(ErrorDetails details, @Nullable Throwable cause) {
    super(details, cause);
  }
}

package io.commerceclients.core.internal.error;

import io.commerceclients.core.error.ProtocolException;
import java.io.IOException;

/**
 * The I/O-level form of a {@link ProtocolException}, thrown inside the HTTP stack (by an
 * interceptor that refuses an answer) and turned into a {@link ProtocolException} by the
 * transport. It is never retried.
 */
public class ProtocolIOException extends IOException {

  /** Creates the exception with a message that names what the server did wrong. */
  public ProtocolIOException(String message) {
    super(message);
  }
}

package io.commerceclients.core.polling;

import org.jspecify.annotations.Nullable;

/**
 * The poll was cancelled or its thread interrupted (the interrupt flag is then set again); the job
 * goes on on the server.
 */
public class PollCancelledException extends PollException {

  /** Creates the exception. */
  public PollCancelledException(String message, @Nullable Object lastState, @Nullable Throwable cause) {
    super(message, lastState, cause);
  }
}

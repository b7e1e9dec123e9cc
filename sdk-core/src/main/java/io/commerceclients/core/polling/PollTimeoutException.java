package io.commerceclients.core.polling;

import org.jspecify.annotations.Nullable;

/**
 * The poll's time or attempt limit ran out before the job finished; the job goes on on the server,
 * and {@link #lastState()} is the last state read.
 */
public class PollTimeoutException extends PollException {

  /** Creates the exception. */
  public PollTimeoutException(String message, @Nullable Object lastState) {
    super(message, lastState, null);
  }

  /** Creates the exception for a poll request cut off by the deadline. */
  public PollTimeoutException(String message, @Nullable Object lastState, @Nullable Throwable cause) {
    super(message, lastState, cause);
  }
}

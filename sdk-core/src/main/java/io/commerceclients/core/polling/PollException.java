package io.commerceclients.core.polling;

import io.commerceclients.core.error.ApiException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Base of the ways a poll ends without success; carries the last job state seen. */
public abstract class PollException extends ApiException {
  private final transient @Nullable Object lastState;

  PollException(String message, @Nullable Object lastState, @Nullable Throwable cause) {
    super(message, cause);
    this.lastState = lastState;
  }

  /** Returns the last job state read, if any poll succeeded. */
  public Optional<Object> lastState() {
    return Optional.ofNullable(lastState);
  }

  /**
   * Returns the last job state read as {@code type}.
   *
   * @throws ClassCastException if the state is of another type
   */
  public <J> Optional<J> lastState(Class<J> type) {
    return Optional.ofNullable(lastState).map(type::cast);
  }
}

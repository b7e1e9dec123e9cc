package io.commerceclients.core.observe;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Optional;

/**
 * How a call ended: its outcome ({@code SUCCESS}, {@code CLIENT_ERROR} for 4xx, {@code
 * SERVER_ERROR} for 5xx, {@code TRANSPORT_ERROR} without an answer, {@code CANCELLED}), the last
 * status (0 without an answer), the exception's simple type name, the number of attempts, the
 * whole duration and the last request id.
 */
public final class CallResult {
  /** The outcome of a call. */
  public enum Outcome {
    /** A 2xx or 3xx answer. */
    SUCCESS,
    /** A 4xx answer. */
    CLIENT_ERROR,
    /** A 5xx answer. */
    SERVER_ERROR,
    /** No answer: connection, timeout or protocol failure. */
    TRANSPORT_ERROR,
    /** The caller cancelled or interrupted the call. */
    CANCELLED
  }

  private final Outcome outcome;
  private final int status;
  private final @Nullable String exception;
  private final int attempts;
  private final Duration duration;
  private final @Nullable String requestId;

  /** Creates the result of a call; used by the transport. */
  public CallResult(Outcome outcome, int status, @Nullable String exception, int attempts, Duration duration,
      @Nullable String requestId) {
    this.outcome = outcome;
    this.status = status;
    this.exception = exception;
    this.attempts = attempts;
    this.duration = duration;
    this.requestId = requestId;
  }

  /** Returns the outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns the last status, or 0 without an answer. */
  public int status() {
    return status;
  }

  /** Returns the simple type name of the exception the call ended with, if any. */
  public Optional<String> exception() {
    return Optional.ofNullable(exception);
  }

  /** Returns how many attempts were sent. */
  public int attempts() {
    return attempts;
  }

  /** Returns how long the whole call took, retry waits included. */
  public Duration duration() {
    return duration;
  }

  /** Returns the last request id the API sent back, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}

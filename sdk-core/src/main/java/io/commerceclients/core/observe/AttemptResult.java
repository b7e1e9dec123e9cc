package io.commerceclients.core.observe;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Optional;

/**
 * How an attempt ended: its number, the status (0 when no answer came), the failure's type when no
 * answer came, its duration, the bytes sent and received (-1 when unknown), and the request id the
 * API sent back.
 */
public final class AttemptResult {
  private final int attempt;
  private final int status;
  private final @Nullable String failure;
  private final Duration duration;
  private final long bytesSent;
  private final long bytesReceived;
  private final @Nullable String requestId;

  /** Creates the result of an attempt; used by the transport. */
  public AttemptResult(int attempt, int status, @Nullable String failure, Duration duration, long bytesSent,
      long bytesReceived, @Nullable String requestId) {
    this.attempt = attempt;
    this.status = status;
    this.failure = failure;
    this.duration = duration;
    this.bytesSent = bytesSent;
    this.bytesReceived = bytesReceived;
    this.requestId = requestId;
  }

  /** Returns the attempt's number, 1 for the first. */
  public int attempt() {
    return attempt;
  }

  /** Returns the HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  /** Returns the simple type name of the failure, when no answer came. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** Returns how long the attempt took. */
  public Duration duration() {
    return duration;
  }

  /** Returns the request body's size in bytes, 0 without a body, -1 when unknown (a stream). */
  public long bytesSent() {
    return bytesSent;
  }

  /** Returns the answer body's size in bytes, -1 when unknown (a stream not yet read). */
  public long bytesReceived() {
    return bytesReceived;
  }

  /** Returns the API's request id, when it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}

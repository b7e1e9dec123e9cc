package io.commerceclients.core.observe;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Optional;

/**
 * An attempt about to be sent: its number (1 for the first), and for a retry the reason (the status
 * such as {@code 503}, or the failure's type such as {@code SocketTimeoutException}) and the wait
 * that preceded it.
 */
public final class AttemptInfo {
  private final int attempt;
  private final @Nullable String retryReason;
  private final @Nullable Duration retryWait;

  /** Creates the description of an attempt; used by the transport. */
  public AttemptInfo(int attempt, @Nullable String retryReason, @Nullable Duration retryWait) {
    this.attempt = attempt;
    this.retryReason = retryReason;
    this.retryWait = retryWait;
  }

  /** Returns the attempt's number, 1 for the first. */
  public int attempt() {
    return attempt;
  }

  /** Returns why the previous attempt is retried, for a retry. */
  public Optional<String> retryReason() {
    return Optional.ofNullable(retryReason);
  }

  /** Returns how long the client waited before this retry. */
  public Optional<Duration> retryWait() {
    return Optional.ofNullable(retryWait);
  }
}

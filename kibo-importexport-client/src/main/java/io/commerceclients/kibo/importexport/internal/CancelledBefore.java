package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollCancelledException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one-call workflows' look at their cancellation token before a step that sends something (an
 * upload, a job's creation): once it is cancelled, nothing more is sent, and the workflow ends as a
 * cancelled wait does.
 */
final class CancelledBefore {
  private CancelledBefore() {}

  /** Returns the exception a cancelled wait throws, saying {@code what} was not done, or null if not cancelled. */
  static @Nullable PollCancelledException check(Optional<PollCancellation> token, String what) {
    return token.filter(PollCancellation::isCancelled).isPresent()
        ? new PollCancelledException(what, null, null)
        : null;
  }

  /**
   * Throws what {@link #check} returns, if anything.
   *
   * @throws PollCancelledException if the token was cancelled
   */
  static void throwIf(Optional<PollCancellation> token, String what) {
    PollCancelledException cancelled = check(token, what);
    if (cancelled != null) {
      throw cancelled;
    }
  }
}

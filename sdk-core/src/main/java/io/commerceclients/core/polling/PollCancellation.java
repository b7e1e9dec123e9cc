package io.commerceclients.core.polling;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets another thread stop a poll: after {@link #cancel()} the poller stops waiting at once and
 * throws {@link PollCancelledException}. Cancelling stops the waiting, not the job on the server.
 */
public final class PollCancellation {
  private final CountDownLatch cancelled = new CountDownLatch(1);

  /** Creates a token that is not cancelled. */
  public PollCancellation() {}

  /** Asks the poll to stop. */
  public void cancel() {
    cancelled.countDown();
  }

  /** Returns true once {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled.getCount() == 0;
  }

  /** Waits up to {@code timeout}; returns true if cancelled meanwhile. */
  boolean awaitCancel(Duration timeout) throws InterruptedException {
    return cancelled.await(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
  }
}

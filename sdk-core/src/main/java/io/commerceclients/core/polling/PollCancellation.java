package io.commerceclients.core.polling;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets another thread stop a poll: after {@link #cancel()} the poller stops at once, cancelling
 * its status request in flight, and throws {@link PollCancelledException} (an asynchronous poll
 * completes its future with it). Cancelling stops the waiting, not the job on the server.
 */
public final class PollCancellation {
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final Set<Runnable> onCancel = ConcurrentHashMap.newKeySet();

  /** Creates a token that is not cancelled. */
  public PollCancellation() {}

  /** Asks the poll to stop. */
  public void cancel() {
    cancelled.countDown();
    for (Runnable action : onCancel) {
      if (onCancel.remove(action)) {
        action.run();
      }
    }
  }

  /** Returns true once {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled.getCount() == 0;
  }

  /** Waits up to {@code timeout}; returns true if cancelled meanwhile. */
  boolean awaitCancel(Duration timeout) throws InterruptedException {
    return cancelled.await(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code action} once on cancel (at once if already cancelled), on the cancelling thread,
   * unless the returned handle is run first to forget it.
   */
  Runnable whenCancelled(Runnable action) {
    onCancel.add(action);
    if (isCancelled() && onCancel.remove(action)) {
      action.run();
    }
    return () -> onCancel.remove(action);
  }
}

package io.commerceclients.core.internal.http;

import java.util.function.Supplier;

/**
 * Lets another thread cancel the calls that the current thread makes inside {@link #within}: when
 * the signal fires, the call in flight is cancelled, retry waits included, and a call started
 * after it fails at once. Used by the job poller so that cancelling a blocking poll also ends its
 * status request in flight; nested scopes answer to every signal.
 */
public final class CallCancellation {
  private static final ThreadLocal<Signal> SIGNAL = new ThreadLocal<>();
  private static final Runnable NOTHING = () -> { };

  private CallCancellation() {}

  /** A source of cancellation: runs an action once on cancel and returns a handle that forgets it. */
  @FunctionalInterface
  public interface Signal {
    /** Runs {@code action} once when cancelled (at once if already cancelled); the handle forgets it. */
    Runnable whenCancelled(Runnable action);
  }

  /** Runs {@code work} with every call it makes on this thread cancelled when {@code signal} fires. */
  public static <T> T within(Signal signal, Supplier<T> work) {
    Signal outer = SIGNAL.get();
    SIGNAL.set(outer == null ? signal : both(outer, signal));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        SIGNAL.remove();
      } else {
        SIGNAL.set(outer);
      }
    }
  }

  /** Ties {@code cancel} to this thread's signals, if any; the returned handle unties it. */
  static Runnable register(Runnable cancel) {
    Signal signal = SIGNAL.get();
    return signal == null ? NOTHING : signal.whenCancelled(cancel);
  }

  private static Signal both(Signal first, Signal second) {
    return action -> {
      Runnable forgetFirst = first.whenCancelled(action);
      Runnable forgetSecond = second.whenCancelled(action);
      return () -> {
        forgetFirst.run();
        forgetSecond.run();
      };
    };
  }
}

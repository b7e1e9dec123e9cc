package io.commerceclients.core.internal.http;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A deadline that every call made by the current thread inside {@link #within} honours, request
 * in flight and retry waits included: when it passes, the call in flight is cancelled. Used by the
 * job poller so that its timeout also bounds a poll request that trickles; nested deadlines keep
 * the earlier one.
 */
public final class CallDeadline {
  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private CallDeadline() {}

  /** Runs {@code work} with every call it makes on this thread ending within {@code remaining}. */
  public static <T> T within(Duration remaining, Supplier<T> work) {
    Long outer = DEADLINE.get();
    long nanos = remaining.isNegative() ? 0 : saturatedNanos(remaining);
    long deadline = System.nanoTime() + nanos;
    DEADLINE.set(outer == null || deadline - outer < 0 ? deadline : outer);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(outer);
      }
    }
  }

  /** Returns this thread's deadline in {@link System#nanoTime()} terms, or null when there is none. */
  static Long current() {
    return DEADLINE.get();
  }

  private static long saturatedNanos(Duration d) {
    try {
      return Math.min(d.toNanos(), Long.MAX_VALUE / 4);
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE / 4;
    }
  }
}

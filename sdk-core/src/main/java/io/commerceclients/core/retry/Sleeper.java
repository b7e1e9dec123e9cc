package io.commerceclients.core.retry;

import java.time.Duration;

/** Waits between attempts; tests inject one that records the delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** The real sleeper, backed by {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  /** Waits for {@code duration}; throws {@link InterruptedException} if the thread is interrupted. */
  void sleep(Duration duration) throws InterruptedException;
}

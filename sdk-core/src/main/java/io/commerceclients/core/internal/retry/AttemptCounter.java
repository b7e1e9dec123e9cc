package io.commerceclients.core.internal.retry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts how many times one request was sent, retries and a 401 replay included. Attach it to a
 * call as a Retrofit {@code @Tag} parameter (or an OkHttp request tag); the transport records each
 * attempt, so a bulk report can say which batches were sent more than once.
 */
public final class AttemptCounter {
  private final AtomicInteger attempts = new AtomicInteger();

  /** Creates a counter at zero. */
  public AttemptCounter() {}

  /** Records one more attempt; called by the transport. */
  public void recordAttempt() {
    attempts.incrementAndGet();
  }

  /** Returns how many times the request was sent so far. */
  public int attempts() {
    return attempts.get();
  }

  @Override
  public String toString() {
    return "AttemptCounter{" + attempts.get() + "}";
  }
}

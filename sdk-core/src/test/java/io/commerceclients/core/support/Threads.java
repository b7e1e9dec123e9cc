package io.commerceclients.core.support;

import java.util.List;

/**
 * Runs code on another thread, for tests that open a race window on purpose, and checks the threads
 * that many asynchronous calls started.
 */
public final class Threads {
  private Threads() {}

  /** Runs {@code action} on a new thread and waits until it has ended. */
  public static void runToItsEnd(Runnable action) {
    Thread other = new Thread(action);
    other.start();
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Fails unless the threads that many asynchronous calls started (their names) are few, not one per
   * call: fewer than 20 besides the SDK's completion threads, and fewer than 32 of those, which are
   * made on demand, one per future completing at that instant.
   */
  public static void assertFewThreads(List<String> started) {
    long completing = started.stream().filter("commerce-clients-async"::equals).count();
    if (started.size() - completing >= 20 || completing >= 32) {
      throw new AssertionError("threads started: " + started);
    }
  }
}

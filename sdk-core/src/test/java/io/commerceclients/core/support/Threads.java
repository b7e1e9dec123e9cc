package io.commerceclients.core.support;

/** Runs code on another thread, for tests that open a race window on purpose. */
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
}

package io.commerceclients.kibo.importexport.reliability;

import java.util.concurrent.CompletableFuture;

/** Runs a blocking call on a thread of its own, for tests that act on the client while the call waits. */
final class OnAnotherThread {
  private OnAnotherThread() {}

  /** A call that may throw anything. */
  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** Runs {@code call} on a new daemon thread; the future holds what it threw, or fails if it succeeded. */
  static CompletableFuture<Throwable> failureOf(ThrowingRunnable call) {
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        call.run();
        failure.completeExceptionally(new AssertionError("the call succeeded"));
      } catch (Throwable e) {
        failure.complete(e);
      }
    });
    thread.setDaemon(true);
    thread.start();
    return failure;
  }
}

package io.commerceclients.core.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Helpers for the asynchronous services: an asynchronous method never throws, it returns a failed future. */
public final class Async {
  private Async() {}

  /**
   * Runs {@code start} (validation, then starting the call) and returns its future; a validation
   * error or any other exception thrown while starting becomes a failed future.
   */
  public static <T> CompletableFuture<T> supply(Supplier<CompletableFuture<T>> start) {
    try {
      CompletableFuture<T> future = start.get();
      return future != null ? future : CompletableFuture.failedFuture(new NullPointerException("no future"));
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Returns the cause of a {@link CompletionException}, or {@code error} itself. */
  public static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}

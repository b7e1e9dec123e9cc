package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.Async;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A workflow of asynchronous steps behind one future: each step starts once the previous one
 * succeeded, the first failure ends the workflow with that exception, and cancelling the future
 * cancels the step in flight (its request or its poll), so that no later step starts. Core's
 * {@code ApiTransport.mapAsync} keeps cancellation through a mapping; this keeps it through a
 * sequence.
 *
 * @param <R> the workflow's result
 */
final class AsyncSteps<R> {

  private final CompletableFuture<R> result = new CompletableFuture<>() {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      CompletableFuture<?> step = current;
      if (step != null) {
        step.cancel(mayInterruptIfRunning);
      }
      return cancelled;
    }
  };
  private volatile CompletableFuture<?> current;

  /** Returns the workflow's future. */
  CompletableFuture<R> future() {
    return result;
  }

  /**
   * Starts a step unless the workflow is over, then hands its value to {@code next}, which starts
   * the following step or {@link #finish}es. Whatever {@code start} or {@code next} throws ends the
   * workflow with that exception.
   */
  <A> void then(Supplier<CompletableFuture<A>> start, Consumer<A> next) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<A> step;
    try {
      step = start.get();
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(e);
      return;
    }
    current = step;
    if (result.isDone()) {
      step.cancel(true);
      return;
    }
    step.whenComplete((value, error) -> {
      if (error != null) {
        result.completeExceptionally(Async.unwrap(error));
        return;
      }
      try {
        next.accept(value);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
  }

  /** Ends the workflow with its result. */
  void finish(R value) {
    result.complete(value);
  }
}

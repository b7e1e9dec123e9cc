package io.commerceclients.core.internal.http;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The future of an asynchronous operation made of steps run one after the other (a call, a poll, a
 * transfer, local file work), shared by the clients' asynchronous workflows. Cancelling it cancels the step in flight (the call, the poll or the
 * transfer: its partial file is removed) and starts no further step; a cancelled future may carry
 * a report ({@code cancellation}, a {@link CancellationException} subclass). Steps that fail or
 * throw fail the future; nothing a step throws escapes.
 *
 * @param <R> the result type
 */
public final class AsyncWorkflow<R> {
  private final CompletableFuture<R> result;
  private final Object starting = new Object();
  private volatile Future<?> current;
  /** Set, under {@link #starting}, once a cancellation began: no step starts, and only it ends the workflow. */
  private volatile boolean cancelling;
  /**
   * Set once the workflow itself completes or fails its future; a future ended otherwise (a cancel,
   * the caller's {@code orTimeout} or {@code complete}) stops the step in flight and starts no other.
   */
  private volatile boolean settled;

  /** A workflow whose cancellation is a plain {@link CancellationException}. */
  public AsyncWorkflow() {
    this(null);
  }

  /** A workflow whose cancellation completes it with the exception {@code cancellation} builds then. */
  public AsyncWorkflow(Supplier<? extends CancellationException> cancellation) {
    this.result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (starting) {
          cancelling = true;
        }
        boolean cancelled = cancellation == null ? super.cancel(mayInterruptIfRunning)
            : super.completeExceptionally(report(cancellation));
        if (cancelled) {
          stopCurrent();
        }
        return cancelled || isCancelled();
      }
    };
    result.whenComplete((value, error) -> {
      if (!settled) {
        synchronized (starting) {
          cancelling = true;
        }
        stopCurrent();
      }
    });
  }

  private static CancellationException report(Supplier<? extends CancellationException> cancellation) {
    try {
      return Objects.requireNonNull(cancellation.get());
    } catch (RuntimeException | Error e) {
      CancellationException plain = new CancellationException("cancelled");
      plain.addSuppressed(e);
      return plain;
    }
  }

  /** Returns the workflow's future (the root future users hold). */
  public CompletableFuture<R> future() {
    return result;
  }

  /** Returns true once the workflow completed, failed or was cancelled. */
  public boolean isDone() {
    return result.isDone();
  }

  private boolean isOver() {
    return cancelling || result.isDone();
  }

  /**
   * Starts a step unless the workflow is over, and returns its future, which a cancellation of the
   * workflow cancels; a step that cannot start returns a failed future. A step starts wholly before
   * a cancellation or not at all, so the report of a cancellation sees every step that started.
   */
  public <A> CompletableFuture<A> step(Supplier<? extends CompletableFuture<A>> start) {
    CompletableFuture<A> step;
    synchronized (starting) {
      if (isOver()) {
        return CompletableFuture.failedFuture(new CancellationException("the operation is over"));
      }
      try {
        step = Objects.requireNonNull(start.get(), "step future");
      } catch (Throwable e) {
        return CompletableFuture.failedFuture(e);
      }
      current = step;
    }
    if (result.isDone()) {
      step.cancel(true);
    }
    return step;
  }

  /**
   * Runs blocking local work (writing a ZIP, counting CSV rows, unzipping) as a step on the SDK's
   * threads for blocking work ({@link AsyncScheduler#blocking()}); the step completes on the
   * completion threads ({@link AsyncScheduler#completions()}), as every future of the SDK does. A
   * cancellation is seen before the work starts and right after it ends, not while it runs: the
   * step's future ignores {@code cancel}, so what comes after it (such as removing temporary files)
   * never overlaps the work.
   */
  public <A> CompletableFuture<A> work(Supplier<A> work) {
    return step(() -> {
      CompletableFuture<A> done = new CompletableFuture<>() {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
          return false;
        }
      };
      AsyncScheduler.blocking().execute(() -> {
        try {
          if (isOver()) {
            throw new CancellationException("the operation is over");
          }
          A value = work.get();
          AsyncScheduler.completions().execute(() -> done.complete(value));
        } catch (Throwable e) {
          AsyncScheduler.completions().execute(() -> done.completeExceptionally(e));
        }
      });
      return done;
    });
  }

  /**
   * Starts a step unless the workflow is over, then hands its value to {@code next}, which starts
   * the following step or completes the workflow. A failure of the step, or whatever {@code next}
   * throws, fails the workflow.
   */
  public <A> void then(Supplier<? extends CompletableFuture<A>> start, Consumer<A> next) {
    if (isOver()) {
      return;
    }
    step(start).whenComplete((value, error) -> {
      if (error != null) {
        fail(error);
        return;
      }
      try {
        next.accept(value);
      } catch (Throwable e) {
        fail(e);
      }
    });
  }

  /** Completes the workflow with {@code value}, unless a cancellation began. */
  public void complete(R value) {
    if (!cancelling) {
      settled = true;
      result.complete(value);
    }
  }

  /** Fails the workflow with {@code error} (a {@link CompletionException}'s cause), unless a cancellation began. */
  public void fail(Throwable error) {
    if (!cancelling) {
      settled = true;
      result.completeExceptionally(Async.unwrap(error));
    }
  }

  /** Completes or fails the workflow, for {@code whenComplete}. */
  public void finish(R value, Throwable error) {
    if (error != null) {
      fail(error);
    } else {
      complete(value);
    }
  }

  private void stopCurrent() {
    Future<?> step = current;
    if (step != null) {
      step.cancel(true);
    }
  }
}

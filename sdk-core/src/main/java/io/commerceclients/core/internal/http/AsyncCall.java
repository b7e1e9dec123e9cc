package io.commerceclients.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.internal.retry.RetryDecision;
import io.commerceclients.core.retry.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Drives one call asynchronously: each attempt is an OkHttp asynchronous call (no thread waits on
 * the network), a retry is scheduled after its backoff (no thread sleeps), and the whole call ends
 * by its deadline. Each attempt waits, without blocking, until the transport's credentials are
 * ready (a token fetched; the wait ends at the call's deadline too), and a 401 is answered by one replay with fresh credentials, as the
 * blocking interceptor does. Cancelling the returned future cancels the attempt in flight or the
 * retry waiting. Errors complete the future with the same typed exceptions as a blocking call.
 *
 * @param <T> the decoded body type
 */
final class AsyncCall<T> {
  private final Call<T> first;
  private final Exchanges<T> exchanges;
  private final CallSettings settings;
  private final Sleeper sleeper;
  private final Clock clock;
  private final long deadline;
  private final CompletableFuture<T> future = new CompletableFuture<>() {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        stop();
        settings.trace().ended(new java.util.concurrent.CancellationException());
      }
      return cancelled;
    }
  };
  private volatile Call<T> current;
  private volatile ScheduledFuture<?> waiting;
  private volatile Runnable forgetClose = () -> { };
  private volatile boolean replayedAfterUnauthorized;
  /**
   * Set as soon as the call's outcome is decided, before its future completes on another thread, so
   * that no attempt starts in between (a token that arrives just as the deadline ends the call).
   */
  private volatile boolean ended;

  /**
   * What the transport does around an attempt: make its credentials ready, decode an answer (or
   * refuse it), map an error or a failure, decide on a replay after a 401, start the attempt.
   */
  interface Exchanges<T> {
    CompletableFuture<?> credentialsReady();

    boolean replayAfterUnauthorized(okhttp3.Request request, Response<T> response);

    T success(okhttp3.Request request, Response<T> response);

    ApiException error(okhttp3.Request request, Response<T> response);

    Throwable failure(okhttp3.Request request, Throwable failure);

    boolean meansNoBody(okhttp3.Request request, Throwable failure);

    /** Runs {@code action} with the client's error once it is closed; the returned handle forgets it. */
    Runnable whenClosed(Consumer<IllegalStateException> action);

    void start(Call<T> call, Duration timeout, Callback<T> callback);
  }

  AsyncCall(Call<T> call, Exchanges<T> exchanges, CallSettings settings, Sleeper sleeper, Clock clock,
      Duration totalTimeout) {
    this.first = call;
    this.exchanges = exchanges;
    this.settings = settings;
    this.sleeper = sleeper;
    this.clock = clock;
    this.deadline = totalTimeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + totalTimeout.toNanos();
  }

  CompletableFuture<T> start() {
    future.whenComplete((value, error) -> endedByCaller(error));
    attempt(first, 0);
    return future;
  }

  /**
   * Stops the call when its caller ended the future itself ({@code orTimeout}, {@code complete}), as
   * a cancel does: the attempt in flight is cancelled and no retry follows.
   */
  private void endedByCaller(@Nullable Throwable error) {
    if (ended) {
      return;
    }
    ended = true;
    stop();
    settings.trace().ended(error != null ? error
        : new java.util.concurrent.CancellationException("the caller completed the future"));
  }

  private void attempt(Call<T> call, int retry) {
    if (ended || future.isDone()) {
      return;
    }
    current = call;
    CompletableFuture<?> ready;
    try {
      ready = exchanges.credentialsReady();
    } catch (RuntimeException | Error refused) {
      fail(refused);
      return;
    }
    if (ready.isDone() && !ready.isCompletedExceptionally()) {
      send(call, retry);
      return;
    }
    ScheduledFuture<?> timer = deadline == Long.MAX_VALUE ? null
        : AsyncScheduler.schedule(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), Sleeper.SYSTEM,
            () -> fail(exchanges.failure(first.request(), new InterruptedIOException("timeout"))));
    waiting = timer;
    ready.whenComplete((credentials, error) -> {
      if (timer != null) {
        timer.cancel(false);
      }
      if (error != null) {
        fail(Async.unwrap(error));
      } else {
        send(call, retry);
      }
    });
  }

  private void send(Call<T> call, int retry) {
    if (ended || future.isDone()) {
      return;
    }
    Duration left = deadline == Long.MAX_VALUE ? Duration.ZERO
        : Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    try {
      exchanges.start(call, left, new Callback<>() {
        @Override
        public void onResponse(Call<T> c, Response<T> response) {
          answered(c, response, retry);
        }

        @Override
        public void onFailure(Call<T> c, Throwable failure) {
          failed(c, failure, retry);
        }
      });
    } catch (RuntimeException | Error refused) {
      fail(refused);
    }
  }

  private void answered(Call<T> call, Response<T> response, int retry) {
    try {
      if (response.isSuccessful()) {
        complete(exchanges.success(call.request(), response));
        return;
      }
      if (response.code() == 401 && !replayedAfterUnauthorized
          && exchanges.replayAfterUnauthorized(call.request(), response)) {
        replayedAfterUnauthorized = true;
        closeErrorBody(response);
        settings.trace().retrying("401", Duration.ZERO);
        attempt(call.clone(), retry);
        return;
      }
      Optional<Duration> delay = RetryDecision.afterStatus(settings.policy(), call.request(), response.code(),
          response.headers().get("Retry-After"), clock, retry, deadline);
      if (delay.isPresent()) {
        closeErrorBody(response);
        settings.trace().retrying(Integer.toString(response.code()), delay.get());
        retryAfter(delay.get(), call, retry);
      } else {
        fail(exchanges.error(call.request(), response));
      }
    } catch (RuntimeException | Error e) {
      fail(e);
    }
  }

  private static void closeErrorBody(Response<?> response) {
    if (response.errorBody() != null) {
      response.errorBody().close();
    }
  }

  private void failed(Call<T> call, Throwable failure, int retry) {
    try {
      failedOrRetried(call, failure, retry);
    } catch (RuntimeException | Error e) {
      fail(e);
    }
  }

  private void failedOrRetried(Call<T> call, Throwable failure, int retry) {
    if (future.isDone()) {
      return;
    }
    if (failure instanceof FatalDecodingError) {
      fail(((FatalDecodingError) failure).error());
      return;
    }
    Throwable thrownInCall = thrownInCall(failure);
    if (thrownInCall != null) {
      fail(thrownInCall);
      return;
    }
    if (failure instanceof IOException && !(failure instanceof JsonProcessingException)) {
      Optional<Duration> delay = RetryDecision.afterFailure(settings.policy(), call.request(), (IOException) failure,
          retry, call.isCanceled(), deadline);
      if (delay.isPresent()) {
        settings.trace().retrying(failure.getClass().getSimpleName(), delay.get());
        retryAfter(delay.get(), call, retry);
        return;
      }
    }
    if (exchanges.meansNoBody(call.request(), failure)) {
      complete(null);
      return;
    }
    fail(exchanges.failure(call.request(), failure));
  }

  /**
   * Returns what was thrown inside the call on OkHttp's thread (by an interceptor, a request body, a
   * transfer listener), which OkHttp reports as an {@code IOException} "canceled due to" it, with it
   * suppressed; a blocking call throws it as it is, and so the future fails with it. Null otherwise.
   */
  private static @Nullable Throwable thrownInCall(Throwable failure) {
    if (!(failure instanceof IOException) || failure.getMessage() == null
        || !failure.getMessage().startsWith("canceled due to ")) {
      return null;
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if ((suppressed instanceof RuntimeException || suppressed instanceof Error)
          && failure.getMessage().equals("canceled due to " + suppressed)) {
        return suppressed;
      }
    }
    return null;
  }

  /**
   * Schedules the next attempt, which may again replay a 401 once, as a blocking attempt may. A
   * close of the client ends the wait at once, as it ends a blocking call's.
   */
  private void retryAfter(Duration delay, Call<T> call, int retry) {
    replayedAfterUnauthorized = false;
    Runnable forget = exchanges.whenClosed(closed -> {
      stop();
      fail(closed);
    });
    forgetClose = forget;
    waiting = AsyncScheduler.schedule(delay, sleeper, () -> {
      forget.run();
      attempt(call.clone(), retry + 1);
    });
    if (future.isDone() || ended) {
      stop();
    }
  }

  private void complete(T value) {
    ended = true;
    AsyncScheduler.completions().execute(() -> {
      if (traceEnded(null)) {
        future.complete(value);
      }
    });
  }

  private void fail(Throwable error) {
    ended = true;
    AsyncScheduler.completions().execute(() -> {
      if (traceEnded(error)) {
        future.completeExceptionally(error);
      }
    });
  }

  /**
   * Tells the observer the call ended; returns false if the observer threw an {@code Error}, with
   * which the future then fails, as a blocking call throws it, rather than stay pending.
   */
  private boolean traceEnded(Throwable error) {
    try {
      settings.trace().ended(error);
      return true;
    } catch (Error observerFailure) {
      if (error != null && error != observerFailure) {
        observerFailure.addSuppressed(error);
      }
      future.completeExceptionally(observerFailure);
      return false;
    }
  }

  private void stop() {
    forgetClose.run();
    ScheduledFuture<?> w = waiting;
    if (w != null) {
      w.cancel(false);
    }
    Call<T> c = current;
    if (c != null) {
      c.cancel();
    }
  }

  /** Returns the future of a call that {@code map} turns into another value, keeping cancellation. */
  static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<A, B> map) {
    CompletableFuture<B> mapped = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        source.cancel(mayInterruptIfRunning);
        return super.cancel(mayInterruptIfRunning);
      }
    };
    source.whenComplete((a, e) -> {
      if (e != null) {
        mapped.completeExceptionally(e);
      } else {
        try {
          mapped.complete(map.apply(a));
        } catch (RuntimeException | Error failure) {
          mapped.completeExceptionally(failure);
        }
      }
    });
    return mapped;
  }
}

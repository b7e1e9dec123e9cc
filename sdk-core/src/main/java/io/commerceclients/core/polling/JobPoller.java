package io.commerceclients.core.polling;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncScheduler;
import io.commerceclients.core.internal.http.CallCancellation;
import io.commerceclients.core.internal.http.CallDeadline;
import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Polls an asynchronous job until it succeeds, fails, runs out of time, or is cancelled. Each poll
 * goes through the client's transport, so transient errors are retried there and other errors
 * (401, 403, 404…) end the poll by propagating. The timeout is a deadline that also cuts off a poll
 * request in flight (a server that trickles its answer cannot hold the poll); a {@link
 * PollCancellation} ends the poll at once, its request in flight included, and an interrupt within
 * a fraction of a second, even in the middle of a request, with the thread's interrupt flag kept. However a poll ends, its listener and observer hear it (an {@link Error}
 * included) before the wait returns, throws or completes its future. A poller keeps no state of
 * its own between polls, so one poller may wait for several jobs, one after another or at once.
 *
 * @param <J> the job type
 */
public final class JobPoller<J> {
  private static final LazyLogger LOG = LazyLogger.of(JobPoller.class);
  private static final long DEADLINE_TOLERANCE_NANOS = 50_000_000;

  private final Supplier<J> fetch;
  private final Supplier<CompletableFuture<J>> fetchAsync;
  private final Function<J, JobState> classifier;
  private final Function<J, String> describer;
  private final Function<J, ? extends JobFailedException> failure;
  private final PollingOptions options;
  private final PollListener<J> listener;
  private final io.commerceclients.core.observe.@Nullable ClientObserver observer;
  private final @Nullable String api;
  private final @Nullable String workflow;
  private final PollCancellation cancellation;
  private final Clock clock;
  private final Sleeper sleeper;

  private JobPoller(Builder<J> b) {
    Check.that(b.fetch != null || b.fetchAsync != null, "fetch", "is required (or fetchAsync)");
    this.fetch = b.fetch;
    this.fetchAsync = b.fetchAsync;
    this.classifier = Check.required(b.classifier, "classifier");
    this.describer = b.describer;
    this.failure = b.failure != null ? b.failure : job -> new JobFailedException(describer.apply(job) + " failed", job);
    this.options = b.options;
    this.listener = b.listener;
    this.observer = b.observer;
    this.api = b.api;
    this.workflow = b.workflow;
    this.cancellation = b.cancellation;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /** Starts a builder. */
  public static <J> Builder<J> builder() {
    return new Builder<>();
  }

  /**
   * Reads the job once and classifies it.
   *
   * @throws io.commerceclients.core.error.ApiException if the read fails
   */
  public JobState poll() {
    Check.that(fetch != null, "fetch", "is required for blocking polling");
    return classify(fetch.get());
  }

  /**
   * Polls until the job finishes and returns it in its final, successful state.
   *
   * @throws JobFailedException if the job failed
   * @throws PollTimeoutException if the time or attempt limit ran out
   * @throws PollCancelledException if cancelled or interrupted
   * @throws io.commerceclients.core.error.ApiException if a poll request failed
   */
  public J waitForCompletion() {
    Check.that(fetch != null, "fetch", "is required for blocking polling");
    BlockingPoll poll = new BlockingPoll();
    J done;
    try {
      done = poll.run();
    } catch (Throwable failure) {
      endedQuietly(poll.last, poll.reporter, failure);
      throw failure;
    }
    ended(done, poll.reporter, null);
    return done;
  }

  /** The state of one blocking wait. */
  private final class BlockingPoll {
    private final @Nullable WorkflowReporter reporter = newReporter();
    private @Nullable J last;

    J run() {
      Instant start = clock.instant();
      Instant deadline = start.plus(options.timeout());
      JobPoller.this.wait(options.initialDelay(), null);
      for (int attempt = 1; ; attempt++) {
        checkCancelled(last);
        J job = fetchBefore(deadline, last, attempt);
        last = job;
        JobState state = classify(job);
        Duration elapsed = Duration.between(start, clock.instant());
        listener.onPoll(job, state, attempt, elapsed);
        if (reporter != null) {
          reporter.polled(state, attempt, elapsed);
        }
        if (state == JobState.SUCCEEDED) {
          return job;
        }
        if (state == JobState.FAILED) {
          throw failure.apply(job);
        }
        if (!options.pollsAfter(attempt, clock.instant(), deadline)) {
          throw new PollTimeoutException(describer.apply(job) + " did not finish within "
              + (attempt >= options.maxAttempts() ? options.maxAttempts() + " polls" : options.timeout())
              + " (" + attempt + " polls); the job goes on on the server", job);
        }
        JobPoller.this.wait(options.delayAfter(attempt), job);
      }
    }
  }

  private @Nullable WorkflowReporter newReporter() {
    return observer == null ? null : new WorkflowReporter(observer, api, workflow);
  }

  /**
   * Tells the listener and the observer how a poll ended. A {@code RuntimeException} of the listener
   * is logged and ignored; an {@code Error} of either propagates, after both were told.
   */
  private void ended(@Nullable J last, @Nullable WorkflowReporter reporter, @Nullable Throwable failure) {
    try {
      listener.onFinished(last, failure);
    } catch (RuntimeException e) {
      LOG.get().warn("The poll listener failed when the poll ended; ignored", e);
    } finally {
      if (reporter != null) {
        reporter.finished(failure);
      }
    }
  }

  /** As {@link #ended}, for a poll that failed: what telling throws is kept as suppressed on {@code failure}. */
  private void endedQuietly(@Nullable J last, @Nullable WorkflowReporter reporter, Throwable failure) {
    try {
      ended(last, reporter, failure);
    } catch (Throwable also) {
      if (also != failure) {
        failure.addSuppressed(also);
      }
    }
  }

  /**
   * Polls without blocking a thread and returns a future of the job in its final, successful
   * state: each poll is the {@link Builder#fetchAsync asynchronous fetch}, each wait is scheduled.
   * The future fails with the same exceptions {@link #waitForCompletion()} throws; when the timeout
   * passes, the poll in flight is cancelled. Cancelling the future, or the {@link
   * PollCancellation}, stops the polling at once: the status request in flight is cancelled and a
   * wait between polls ends (the job goes on on the server).
   *
   * @throws io.commerceclients.core.validation.ValidationException if no asynchronous fetch was set
   */
  public CompletableFuture<J> waitForCompletionAsync() {
    Check.that(fetchAsync != null, "fetchAsync", "is required for asynchronous polling");
    return new AsyncPoll().start();
  }

  /** One asynchronous wait: a chain of scheduled polls, each started when the previous ends. */
  private final class AsyncPoll {
    private final Instant start = clock.instant();
    private final Instant deadline = start.plus(options.timeout());
    private final @Nullable WorkflowReporter reporter = newReporter();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CompletableFuture<J> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        if (!ended.compareAndSet(false, true)) {
          return isCancelled();
        }
        stop();
        boolean cancelled;
        try {
          ended(last, reporter, new CancellationException("the poll's future was cancelled"));
        } finally {
          cancelled = super.cancel(mayInterruptIfRunning);
        }
        return cancelled;
      }
    };
    private volatile @Nullable CompletableFuture<J> inFlight;
    private volatile @Nullable ScheduledFuture<?> waiting;
    private volatile @Nullable ScheduledFuture<?> timeout;
    private volatile @Nullable Runnable forgetCancellation;
    private volatile @Nullable J last;

    CompletableFuture<J> start() {
      if (sleeper == Sleeper.SYSTEM) {
        timeout = AsyncScheduler.schedule(options.timeout(), Sleeper.SYSTEM, () -> finish(null,
            new PollTimeoutException(describe() + " did not finish within " + options.timeout()
                + "; the job goes on on the server", last)));
      }
      result.whenComplete((job, error) -> endedByCaller(error));
      forgetCancellation = cancellation.whenCancelled(() -> finish(null,
          new PollCancelledException("polling was cancelled; the job goes on on the server", last, null)));
      if (ended.get()) {
        stop();
      } else {
        next(1, options.initialDelay());
      }
      return result;
    }

    /**
     * Stops the polling when the caller ended the future itself ({@code orTimeout}, {@code
     * complete}), as a cancel does.
     */
    private void endedByCaller(@Nullable Throwable error) {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      stop();
      endedQuietly(last, reporter, error != null ? error
          : new CancellationException("the caller completed the poll's future"));
    }

    private void next(int attempt, Duration delay) {
      ScheduledFuture<?> scheduled = AsyncScheduler.schedule(delay, sleeper, () -> poll(attempt));
      waiting = scheduled;
      if (ended.get()) {
        scheduled.cancel(false);
      }
    }

    private void poll(int attempt) {
      if (ended.get()) {
        return;
      }
      CompletableFuture<J> fetched;
      try {
        fetched = Objects.requireNonNull(fetchAsync.get(), "fetchAsync returned no future");
      } catch (Throwable e) {
        finish(null, e);
        return;
      }
      inFlight = fetched;
      if (ended.get()) {
        fetched.cancel(true);
        return;
      }
      fetched.whenComplete((job, error) -> {
        if (error != null) {
          finish(null, Async.unwrap(error));
          return;
        }
        try {
          onAnswer(job, attempt);
        } catch (Throwable e) {
          finish(null, e);
        }
      });
    }

    private void onAnswer(J job, int attempt) {
      if (ended.get()) {
        return;
      }
      last = job;
      JobState state = classify(job);
      listener.onPoll(job, state, attempt, Duration.between(start, clock.instant()));
      if (reporter != null) {
        reporter.polled(state, attempt, Duration.between(start, clock.instant()));
      }
      if (state == JobState.SUCCEEDED) {
        finish(job, null);
      } else if (state == JobState.FAILED) {
        finish(null, failure.apply(job));
      } else {
        if (!options.pollsAfter(attempt, clock.instant(), deadline)) {
          finish(null, new PollTimeoutException(describer.apply(job) + " did not finish within "
              + (attempt >= options.maxAttempts() ? options.maxAttempts() + " polls" : options.timeout())
              + " (" + attempt + " polls); the job goes on on the server", job));
        } else {
          next(attempt + 1, options.delayAfter(attempt));
        }
      }
    }

    private String describe() {
      J job = last;
      return job == null ? "the job" : describer.apply(job);
    }

    /** Ends the poll once: stops its work, tells the listener and observer, then completes the future. */
    private void finish(@Nullable J job, @Nullable Throwable error) {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      stop();
      if (error != null) {
        endedQuietly(last, reporter, error);
        result.completeExceptionally(error);
        return;
      }
      try {
        ended(job, reporter, null);
      } catch (Throwable e) {
        result.completeExceptionally(e);
        return;
      }
      result.complete(job);
    }

    private void stop() {
      Runnable forget = forgetCancellation;
      if (forget != null) {
        forget.run();
      }
      for (Future<?> f : new Future<?>[] {waiting, timeout, inFlight}) {
        if (f != null && !f.isDone()) {
          f.cancel(true);
        }
      }
    }
  }

  private J fetchBefore(Instant deadline, J last, int attempt) {
    Duration remaining = Duration.between(clock.instant(), deadline);
    long started = System.nanoTime();
    try {
      return CallDeadline.within(remaining, () -> CallCancellation.within(cancellation::whenCancelled, fetch));
    } catch (ApiException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new PollCancelledException("polling was interrupted; the job goes on on the server", last, e);
      }
      if (cancellation.isCancelled()) {
        throw new PollCancelledException("polling was cancelled; the job goes on on the server", last, e);
      }
      boolean deadlinePassed = System.nanoTime() - started >= remaining.toNanos() - DEADLINE_TOLERANCE_NANOS;
      if (e instanceof ApiTimeoutException && deadlinePassed) {
        throw new PollTimeoutException((last == null ? "the job" : describer.apply(last)) + " did not finish within "
            + options.timeout() + " (poll " + attempt + " was cut off by the deadline); the job goes on on the server",
            last, e);
      }
      throw e;
    }
  }

  private JobState classify(J job) {
    JobState state = classifier.apply(job);
    if (state == null) {
      LOG.get().warn("{} has a status the SDK does not know; still waiting", describer.apply(job));
      return JobState.IN_PROGRESS;
    }
    return state;
  }

  private void checkCancelled(J last) {
    if (cancellation.isCancelled()) {
      throw new PollCancelledException("polling was cancelled; the job goes on on the server", last, null);
    }
  }

  private void wait(Duration delay, J last) {
    if (delay.isZero()) {
      return;
    }
    try {
      if (sleeper == Sleeper.SYSTEM) {
        cancellation.awaitCancel(delay);
      } else {
        sleeper.sleep(delay);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PollCancelledException("polling was interrupted; the job goes on on the server", last, e);
    }
  }

  /**
   * Builds a {@link JobPoller}.
   *
   * @param <J> the job type
   */
  public static final class Builder<J> {
    private Supplier<J> fetch;
    private Supplier<CompletableFuture<J>> fetchAsync;
    private Function<J, JobState> classifier;
    private Function<J, String> describer = job -> "the job";
    private Function<J, ? extends JobFailedException> failure;
    private PollingOptions options = PollingOptions.defaults();
    private PollListener<J> listener = (job, state, attempt, elapsed) -> { };
    private io.commerceclients.core.observe.ClientObserver observer;
    private String api;
    private String workflow;
    private PollCancellation cancellation = new PollCancellation();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /** Sets how to read the job (one blocking API call); required for {@link JobPoller#waitForCompletion()}. */
    public Builder<J> fetch(Supplier<J> fetch) {
      this.fetch = fetch;
      return this;
    }

    /**
     * Sets how to read the job without blocking (one asynchronous API call), for {@link
     * JobPoller#waitForCompletionAsync()}; cancelling the returned future must cancel the call.
     */
    public Builder<J> fetchAsync(Supplier<CompletableFuture<J>> fetchAsync) {
      this.fetchAsync = fetchAsync;
      return this;
    }

    /** Sets how to read the job's state; null counts as in progress. Required. */
    public Builder<J> classifier(Function<J, @org.jspecify.annotations.Nullable JobState> classifier) {
      this.classifier = classifier;
      return this;
    }

    /** Sets how the job is named in messages, such as {@code "import job 42 (status errored)"}. */
    public Builder<J> describer(Function<J, String> describer) {
      this.describer = Check.required(describer, "describer");
      return this;
    }

    /**
     * Sets how a failed job becomes an exception, for a client's own subclass of {@link
     * JobFailedException} (default: a {@code JobFailedException} named by the describer).
     */
    public Builder<J> onFailure(Function<J, ? extends JobFailedException> failure) {
      this.failure = Check.required(failure, "failure");
      return this;
    }

    /** Sets the intervals and limits (default {@link PollingOptions#defaults()}). */
    public Builder<J> options(PollingOptions options) {
      this.options = Check.required(options, "options");
      return this;
    }

    /** Sets a listener called after every poll. */
    public Builder<J> listener(PollListener<J> listener) {
      this.listener = Check.required(listener, "listener");
      return this;
    }

    /**
     * Reports the wait to a client's observer as the workflow {@code workflow} of {@code api} (such
     * as {@code kibo.import.wait}): each change of state, then how it finished.
     */
    public Builder<J> observer(io.commerceclients.core.observe.ClientObserver observer, String api, String workflow) {
      this.observer = Check.required(observer, "observer");
      this.api = Check.notBlank(api, "api");
      this.workflow = Check.notBlank(workflow, "workflow");
      return this;
    }

    /** Sets the token another thread may use to cancel the wait. */
    public Builder<J> cancellation(PollCancellation cancellation) {
      this.cancellation = Check.required(cancellation, "cancellation");
      return this;
    }

    /** Sets the clock that measures the timeout. */
    public Builder<J> clock(Clock clock) {
      this.clock = Check.required(clock, "clock");
      return this;
    }

    /** Sets the sleeper between polls; with a custom one, cancellation is seen between polls. */
    public Builder<J> sleeper(Sleeper sleeper) {
      this.sleeper = Check.required(sleeper, "sleeper");
      return this;
    }

    /** Builds the poller. */
    public JobPoller<J> build() {
      return new JobPoller<>(this);
    }
  }
}

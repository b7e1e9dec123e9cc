package io.commerceclients.core.internal.http;

import io.commerceclients.core.retry.Sleeper;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where asynchronous calls wait and complete: one shared daemon thread schedules retry backoffs and
 * poll intervals (nothing sleeps in a pool), and futures complete on the common fork-join pool so
 * that user continuations never run on OkHttp's dispatcher threads. With a test sleeper (anything
 * but {@link Sleeper#SYSTEM}) the wait is recorded by the sleeper and not taken.
 */
public final class AsyncScheduler {
  private static final ScheduledThreadPoolExecutor TIMER = timer();
  private static final Lazy<ExecutorService> BLOCKING = Lazy.of(AsyncScheduler::blockingThreads);

  private AsyncScheduler() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "commerce-clients-scheduler");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private static ExecutorService blockingThreads() {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "commerce-clients-blocking");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Returns the executor for work that may block on the caller's side, such as reading the items of
   * an asynchronous import from the caller's iterator (a database cursor, a slow stream), so that it
   * never holds a thread of the common fork-join pool: daemon threads made on demand (one per piece of
   * such work running) and ended after 30 seconds idle.
   */
  public static Executor blocking() {
    return BLOCKING.get();
  }

  /** Returns the executor that completes the SDK's futures. */
  public static Executor completions() {
    return ForkJoinPool.commonPool();
  }

  /** Runs {@code task} after {@code delay}; the returned handle cancels it. */
  public static ScheduledFuture<?> schedule(Duration delay, Sleeper sleeper, Runnable task) {
    long millis = delay.toMillis();
    if (sleeper != Sleeper.SYSTEM) {
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      millis = 0;
    }
    return TIMER.schedule(() -> completions().execute(task), Math.max(0, millis), TimeUnit.MILLISECONDS);
  }
}

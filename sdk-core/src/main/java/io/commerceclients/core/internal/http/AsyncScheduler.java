package io.commerceclients.core.internal.http;

import io.commerceclients.core.retry.Sleeper;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where asynchronous calls wait and complete: one shared daemon thread schedules retry backoffs and
 * poll intervals (nothing sleeps in a pool), and futures complete on the SDK's completion threads,
 * so that user continuations never run on OkHttp's dispatcher threads, and one that blocks holds up
 * no other future. With a test sleeper (anything but {@link Sleeper#SYSTEM}) the wait is recorded
 * by the sleeper and not taken.
 */
public final class AsyncScheduler {
  private static final ScheduledThreadPoolExecutor TIMER = timer();
  private static final Lazy<ExecutorService> BLOCKING = Lazy.of(() -> daemonThreads("commerce-clients-blocking"));
  private static final Lazy<ExecutorService> COMPLETING = Lazy.of(() -> daemonThreads("commerce-clients-async"));
  private static final Executor COMPLETIONS = AsyncScheduler::complete;

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

  /**
   * Daemon threads made on demand, one per task running (an idle one is reused), each ended after
   * 30 seconds idle.
   */
  private static ExecutorService daemonThreads(String name) {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Returns the executor for work that may block on the caller's side, such as reading the items of
   * an asynchronous import from the caller's iterator (a database cursor, a slow stream), apart from
   * the threads that complete futures: daemon threads ({@code commerce-clients-blocking}) made on
   * demand (one per piece of such work running) and ended after 30 seconds idle.
   */
  public static Executor blocking() {
    return BLOCKING.get();
  }

  /**
   * Returns the executor that completes the SDK's futures: daemon threads
   * ({@code commerce-clients-async}) made on demand, one per future completing at that instant (an
   * idle one is reused), and ended after 30 seconds idle, so a continuation that blocks (a database
   * write in {@code thenAccept}) holds up no other future. The common fork-join pool would not do: on
   * two cores it has one thread (where {@code CompletableFuture} itself starts a thread per task). A
   * task for which no thread can be started runs on the thread that hands it over rather than being
   * lost.
   */
  public static Executor completions() {
    return COMPLETIONS;
  }

  private static void complete(Runnable task) {
    boolean handedOver;
    try {
      COMPLETING.get().execute(task);
      handedOver = true;
    } catch (RejectedExecutionException | OutOfMemoryError noThread) {
      handedOver = false;
    }
    if (!handedOver) {
      task.run();
    }
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

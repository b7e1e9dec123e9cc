package io.commerceclients.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Makes a blocking call interruptible: a socket read does not notice {@link Thread#interrupt()},
 * so one daemon thread, started on first use and parked while nothing is watched, looks every
 * {@value #PERIOD_MILLIS} ms at the threads waiting on a call and cancels the call of any that
 * was interrupted. A call wakes the thread only when it is parked for want of work: waking it on
 * every call cost a context switch per call.
 */
final class InterruptWatchdog {
  static final long PERIOD_MILLIS = 100;

  private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
  private static volatile Thread thread;
  private static volatile boolean idle;

  private InterruptWatchdog() {}

  /** Starts watching the current thread while it runs the call that {@code cancel} cancels. */
  static Watch watch(Runnable cancel) {
    Watch watch = new Watch(Thread.currentThread(), cancel);
    WATCHED.add(watch);
    Thread t = thread;
    if (t == null) {
      start();
    } else if (idle) {
      LockSupport.unpark(t);
    }
    return watch;
  }

  private static synchronized void start() {
    if (thread != null) {
      return;
    }
    Thread t = new Thread(InterruptWatchdog::run, "commerce-clients-interrupt-watchdog");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  private static void run() {
    while (true) {
      if (WATCHED.isEmpty()) {
        idle = true;
        if (WATCHED.isEmpty()) {
          LockSupport.park(InterruptWatchdog.class);
        }
        idle = false;
      } else {
        LockSupport.parkNanos(InterruptWatchdog.class, PERIOD_MILLIS * 1_000_000);
      }
      for (Watch watch : WATCHED) {
        watch.checkInterrupted();
      }
      Thread.interrupted();
    }
  }

  /** One watched call; closing it stops the watch. */
  static final class Watch implements AutoCloseable {
    private final Thread owner;
    private final Runnable cancel;
    private volatile boolean fired;

    private Watch(Thread owner, Runnable cancel) {
      this.owner = owner;
      this.cancel = cancel;
    }

    private void checkInterrupted() {
      if (!fired && owner.isInterrupted()) {
        fired = true;
        cancel.run();
      }
    }

    /** Returns true if the call was cancelled because its thread was interrupted. */
    boolean fired() {
      return fired;
    }

    @Override
    public void close() {
      WATCHED.remove(this);
    }
  }
}

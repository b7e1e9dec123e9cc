package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Interceptor;
import okhttp3.Response;
import okio.AsyncTimeout;

/**
 * Keeps Okio's timeout watchdog asleep while the SDK makes calls. Each socket read and write that
 * has a timeout enters Okio's JVM-wide queue of timeouts, and a timeout that goes to the front of
 * that queue wakes the watchdog thread: with one call at a time, every read and write woke it. This
 * anchor keeps a node of its own in that queue, due within a {@link #PERIOD}, while attempts (it is a
 * network interceptor) and file transfers keep touching it; the node goes round again each period
 * it was touched and lapses one or two periods after the last touch. Longer timeouts queue behind
 * it and wake no one; shorter ones go in front, as before; every timeout still fires on time,
 * because the watchdog always waits for the earliest node. An exception from Okio's queue neither
 * fails a call nor reaches Okio's watchdog thread.
 */
public final class WatchdogAnchor implements Interceptor {
  static final Duration PERIOD = Duration.ofSeconds(1);
  /** The JVM's one anchor (Okio's queue is one per JVM too). */
  public static final WatchdogAnchor INSTANCE = new WatchdogAnchor(PERIOD);

  private final Node node;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicBoolean touched = new AtomicBoolean();
  private volatile boolean armed;

  WatchdogAnchor(Duration period) {
    this.node = new Node();
    node.timeout(period.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    touch();
    return chain.proceed(chain.request());
  }

  /** Records that the SDK is doing socket I/O, and puts the node back in Okio's queue if it has lapsed. */
  public void touch() {
    if (!touched.get()) {
      touched.set(true);
    }
    if (!armed) {
      arm();
    }
  }

  /** Whether the node is in Okio's queue, or the anchor gave up because Okio refused it. */
  boolean armed() {
    return armed;
  }

  private void arm() {
    locked(() -> {
      if (!armed) {
        armed = true;
        node.enter();
      }
    });
  }

  /** Runs on Okio's watchdog thread when a period has passed: goes round again if touched meanwhile. */
  void periodEnded() {
    locked(() -> {
      armed = false;
      node.exit();
      if (touched.getAndSet(false)) {
        armed = true;
        node.enter();
      }
    });
  }

  /**
   * Runs {@code step} under the anchor's lock. The anchor is only a faster path: if Okio's queue ever
   * refuses the node, it stays marked armed, so no call fails or pays for another try, and no
   * exception reaches Okio's watchdog thread.
   */
  private void locked(Runnable step) {
    lock.lock();
    try {
      step.run();
    } catch (RuntimeException refused) {
      armed = true;
    } finally {
      lock.unlock();
    }
  }

  /** The queue node itself, private so that nothing else can change its timeout, cancel it or lock it. */
  private final class Node extends AsyncTimeout {
    @Override
    protected void timedOut() {
      periodEnded();
    }
  }
}

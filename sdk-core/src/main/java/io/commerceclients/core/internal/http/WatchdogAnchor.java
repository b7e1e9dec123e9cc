package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;
import okio.AsyncTimeout;

/**
 * Keeps Okio's timeout watchdog asleep while the SDK makes calls. Each socket read and write that
 * has a timeout enters Okio's JVM-wide queue of timeouts, and a timeout that goes to the front of
 * that queue wakes the watchdog thread: with one call at a time every read and write woke it, about
 * 10 µs of a small GET on two cores. This node, armed by every attempt (it is a network interceptor)
 * and re-armed each {@link #PERIOD} while attempts keep coming, is always due within a period, so
 * the reads' and writes' longer timeouts queue behind it and wake no one. It lapses one or two
 * periods after the last attempt; file transfers touch it as they go. Every timeout still fires on time: the watchdog always waits for
 * the earliest one. Whatever Okio does, the anchor never fails a call or its watchdog.
 */
public final class WatchdogAnchor extends AsyncTimeout implements Interceptor {
  static final Duration PERIOD = Duration.ofSeconds(1);
  /** The JVM's one anchor (Okio's queue is one per JVM too). */
  public static final WatchdogAnchor INSTANCE = new WatchdogAnchor(PERIOD);

  private volatile boolean armed;
  private volatile boolean used;

  WatchdogAnchor(Duration period) {
    timeout(period.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    touch();
    return chain.proceed(chain.request());
  }

  /** Records that I/O is about to happen, and puts the anchor back in Okio's queue if it has lapsed. */
  public void touch() {
    if (!used) {
      used = true;
    }
    if (!armed) {
      arm();
    }
  }

  /** Whether the anchor is in Okio's queue. */
  boolean armed() {
    return armed;
  }

  private synchronized void arm() {
    if (!armed) {
      armed = enterQuietly();
    }
  }

  /** Runs on Okio's watchdog thread when a period has passed: goes round again if it was used meanwhile. */
  @Override
  protected synchronized void timedOut() {
    try {
      exit();
    } catch (RuntimeException e) {
      armed = false;
      return;
    }
    boolean again = used;
    used = false;
    armed = again && enterQuietly();
  }

  private boolean enterQuietly() {
    try {
      enter();
      return true;
    } catch (RuntimeException e) {
      // Only a faster path: a change in Okio's queue must not fail the call, nor kill Okio's watchdog.
      return false;
    }
  }
}

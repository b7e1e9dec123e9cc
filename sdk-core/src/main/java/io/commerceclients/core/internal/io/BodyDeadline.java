package io.commerceclients.core.internal.io;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import okhttp3.Response;
import okio.BufferedSource;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * The time a body read whole (a JSON or error answer) may take to arrive once its headers have come
 * ({@code responseBodyTimeout}): whoever reads such a body first, the log or the retry interceptor,
 * puts the same deadline on its source, so that each read waits no longer than what is left of it.
 */
public final class BodyDeadline {
  private final long timeoutNanos;

  /** Creates the rule for {@code timeout}; zero means none. */
  public BodyDeadline(Duration timeout) {
    this.timeoutNanos = timeout.getSeconds() > Integer.MAX_VALUE ? Long.MAX_VALUE / 4 : timeout.toNanos();
  }

  /** Returns true if there is no deadline (a timeout of zero). */
  public boolean none() {
    return timeoutNanos == 0;
  }

  /**
   * Returns true if the SDK reads this answer's body whole: any answer but a 2xx, and a 2xx to a
   * Retrofit call not marked {@code @Streaming} (raw requests, such as downloads, stream).
   */
  public static boolean readsWhole(Response response) {
    if (!response.isSuccessful()) {
      return true;
    }
    Invocation invocation = response.request().tag(Invocation.class);
    return invocation != null && !invocation.method().isAnnotationPresent(Streaming.class);
  }

  /**
   * Puts the deadline on {@code source}'s timeout, counted from now, unless it already has an
   * earlier one, and returns the deadline in {@link System#nanoTime()} terms ({@code Long.MAX_VALUE}
   * when there is none). The source's owner clears it when the body ends.
   */
  public long apply(BufferedSource source) {
    if (none()) {
      return Long.MAX_VALUE;
    }
    long deadline = System.nanoTime() + timeoutNanos;
    Timeout timeout = source.timeout();
    if (timeout.hasDeadline() && timeout.deadlineNanoTime() - deadline <= 0) {
      return timeout.deadlineNanoTime();
    }
    timeout.deadlineNanoTime(deadline);
    return deadline;
  }

  /**
   * Returns what a read of the body that failed with {@code failure} throws: a timeout naming this
   * rule once {@code deadline} (as {@link #apply} returned it) has passed, else {@code failure}.
   */
  public IOException failure(IOException failure, long deadline, long received) {
    if (!(failure instanceof SocketTimeoutException) || System.nanoTime() - deadline < 0) {
      return failure;
    }
    return timedOut(received, failure);
  }

  /** Returns the timeout of a body of which {@code received} bytes came before the deadline passed. */
  public SocketTimeoutException timedOut(long received, @Nullable IOException cause) {
    SocketTimeoutException timedOut = new SocketTimeoutException("the answer's body did not arrive whole within "
        + timeoutNanos / 1_000_000 + " ms of its headers (responseBodyTimeout); " + received + " bytes had come");
    if (cause != null) {
      timedOut.initCause(cause);
    }
    return timedOut;
  }
}

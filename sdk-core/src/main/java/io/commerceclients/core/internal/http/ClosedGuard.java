package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The application interceptor inside the retry interceptor: once its client is closed, every call
 * fails at once, and so does a retry of a call that was under way ({@link #check()} also ends a wait
 * to retry), so a closed client sends nothing more. An asynchronous call that was still waiting
 * for its turn in the dispatcher fails the same way ({@link #closedFailure}).
 */
final class ClosedGuard implements Interceptor {
  private final AtomicBoolean closed;
  private final String apiName;

  ClosedGuard(AtomicBoolean closed, String apiName) {
    this.closed = closed;
    this.apiName = apiName;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (closed.get()) {
      CallSettings settings = CallSettings.of(request);
      if (settings != null && settings.singleAttempt()) {
        throw new Refused(closedError(apiName));
      }
      throw closedError(apiName);
    }
    return chain.proceed(request);
  }

  /** Throws {@link IllegalStateException} once the client is closed. */
  void check() {
    check(closed, apiName);
  }

  static void check(AtomicBoolean closed, String apiName) {
    if (closed.get()) {
      throw closedError(apiName);
    }
  }

  /**
   * Returns the {@link IllegalStateException} an asynchronous attempt that failed with {@code
   * failure} ends with because its client is closed: one this guard refused, or one the
   * dispatcher's threads, shut down by the close, never ran; null for any other failure.
   */
  static IllegalStateException closedFailure(AtomicBoolean closed, String apiName, Throwable failure) {
    if (failure instanceof Refused) {
      return (IllegalStateException) failure.getCause();
    }
    if (closed.get() && failure instanceof IOException && failure.getCause() instanceof RejectedExecutionException) {
      return closedError(apiName);
    }
    return null;
  }

  static IllegalStateException closedError(String apiName) {
    return new IllegalStateException("the " + apiName + " client is closed; build a new one to make calls");
  }

  /**
   * An asynchronous attempt refused because its client is closed: an I/O failure, so that OkHttp
   * hands it to the call's callback rather than throw it on its own thread.
   */
  private static final class Refused extends IOException {
    Refused(IllegalStateException closed) {
      super(closed.getMessage(), closed);
    }
  }
}

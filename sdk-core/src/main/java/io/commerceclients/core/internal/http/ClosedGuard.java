package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The application interceptor inside the retry interceptor: once its client is closed, every call
 * fails at once, and so does a retry of a call that was under way ({@link #check()} also ends a wait
 * to retry), so a closed client sends nothing more.
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
    check(closed, apiName);
    return chain.proceed(chain.request());
  }

  /** Throws {@link IllegalStateException} once the client is closed. */
  void check() {
    check(closed, apiName);
  }

  static void check(AtomicBoolean closed, String apiName) {
    if (closed.get()) {
      throw new IllegalStateException("the " + apiName + " client is closed; build a new one to make calls");
    }
  }
}

package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;

/** The first application interceptor: once its client is closed, every call fails at once. */
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

  static void check(AtomicBoolean closed, String apiName) {
    if (closed.get()) {
      throw new IllegalStateException("the " + apiName + " client is closed; build a new one to make calls");
    }
  }
}

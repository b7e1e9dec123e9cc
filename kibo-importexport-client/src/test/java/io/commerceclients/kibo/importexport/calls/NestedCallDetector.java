package io.commerceclients.kibo.importexport.calls;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An application interceptor (given to the client through its {@code OkHttpClient}) that sees every
 * request and notes those sent while another request of the same thread was still in its
 * interceptor chain: a token fetched or a tenant looked up from inside a call, which for an
 * asynchronous call would hold one of OkHttp's threads. It also notes the thread of each request.
 */
final class NestedCallDetector implements Interceptor {
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  final List<String> nested = new CopyOnWriteArrayList<>();
  final List<String> sent = new CopyOnWriteArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    String request = chain.request().method() + " " + chain.request().url().encodedPath();
    sent.add(request);
    if (depth.get() > 0) {
      nested.add(request);
    }
    depth.set(depth.get() + 1);
    try {
      return chain.proceed(chain.request());
    } finally {
      depth.set(depth.get() - 1);
    }
  }
}

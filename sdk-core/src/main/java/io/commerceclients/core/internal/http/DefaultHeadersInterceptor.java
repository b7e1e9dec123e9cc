package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.auth.HostScope;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Sets the User-Agent on every request, and the client's default headers on requests for its hosts. */
final class DefaultHeadersInterceptor implements Interceptor {
  private final String userAgent;
  private final Map<String, String> headers;
  private final HostScope scope;

  DefaultHeadersInterceptor(String userAgent, Map<String, String> headers, HostScope scope) {
    this.userAgent = userAgent;
    this.headers = Map.copyOf(headers);
    this.scope = scope;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder().header("User-Agent", userAgent);
    if (scope.contains(request.url())) {
      headers.forEach((name, value) -> {
        if (request.header(name) == null) {
          b.header(name, value);
        }
      });
    }
    return chain.proceed(b.build());
  }
}

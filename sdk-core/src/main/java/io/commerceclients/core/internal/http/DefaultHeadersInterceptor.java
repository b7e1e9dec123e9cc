package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.auth.HostScope;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets the User-Agent on every request and, on requests for the client's own hosts only, its
 * default headers and the extra headers and query parameters of the call's {@link CallSettings}.
 */
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
      AttemptHeaders attempt = request.tag(AttemptHeaders.class);
      if (attempt != null) {
        attempt.headers().forEach((name, value) -> {
          if (request.header(name) == null) {
            b.header(name, value);
          }
        });
      }
      CallSettings settings = CallSettings.of(request);
      if (settings != null) {
        settings.options().headers().forEach(b::header);
        if (!settings.options().queryParameters().isEmpty()) {
          HttpUrl.Builder url = request.url().newBuilder();
          settings.options().queryParameters().forEach(url::setQueryParameter);
          b.url(url.build());
        }
      }
    }
    return chain.proceed(b.build());
  }
}

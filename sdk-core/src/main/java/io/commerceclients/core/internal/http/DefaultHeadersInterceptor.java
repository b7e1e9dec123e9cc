package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.auth.HostScope;
import io.commerceclients.core.internal.logging.CapabilityUrl;
import java.io.IOException;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * Sets the User-Agent on every request and, on requests for the client's own hosts only, its
 * default headers, the extra headers and query parameters of the call's {@link CallSettings}, and
 * each attempt's {@link AttemptHeaders} (those never on a {@link CapabilityUrl} request, such as a
 * public link, whatever its host).
 *
 * <p>The transport applies the per-call part ({@link #prepare}) while it tags a request Retrofit
 * has just built, in the same copy of the request; the interceptor then only adds an attempt's
 * headers, and does the whole for a request that was not prepared (one built by hand).
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

  /**
   * Adds to {@code b} (a request for {@code url} that has the headers {@code existing}) the User-Agent,
   * and for the client's own hosts the default headers and the per-call headers and query
   * parameters, unless the URL alone grants access ({@code capabilityUrl}: a pre-signed link, whose
   * signature an added query parameter would break, even when it is on one of those hosts);
   * applying it twice changes nothing.
   */
  void prepare(HttpUrl url, Headers existing, Request.Builder b, @Nullable CallSettings settings,
      boolean capabilityUrl) {
    b.header("User-Agent", userAgent);
    if (!scope.contains(url) || capabilityUrl) {
      return;
    }
    headers.forEach((name, value) -> {
      if (existing.get(name) == null) {
        b.header(name, value);
      }
    });
    if (settings != null) {
      settings.options().headers().forEach(b::header);
      if (!settings.options().queryParameters().isEmpty()) {
        HttpUrl.Builder withQuery = url.newBuilder();
        settings.options().queryParameters().forEach(withQuery::setQueryParameter);
        b.url(withQuery.build());
      }
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean prepared = request.tag(Prepared.class) != null;
    AttemptHeaders attempt = request.tag(AttemptHeaders.class);
    if (attempt != null && (!scope.contains(request.url()) || isCapabilityUrl(request))) {
      attempt = null;
    }
    if (prepared && attempt == null) {
      return chain.proceed(request);
    }
    Request.Builder b = request.newBuilder();
    if (!prepared) {
      prepare(request.url(), request.headers(), b, CallSettings.of(request), isCapabilityUrl(request));
    }
    if (attempt != null) {
      attempt.headers().forEach((name, value) -> {
        if (request.header(name) == null) {
          b.header(name, value);
        }
      });
    }
    return chain.proceed(b.build());
  }

  /** Returns true for a request to a URL that alone grants access (a public link), even on an API host. */
  static boolean isCapabilityUrl(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(CapabilityUrl.class);
  }

  /** The tag of a request {@link #prepare}d by this transport's call factory. */
  enum Prepared {
    YES
  }
}

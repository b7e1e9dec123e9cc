package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.error.ProtocolIOException;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that stops a request other than GET or HEAD from following a redirect to
 * another origin (scheme, host or port), so that no request body (and no credential) ever leaves
 * the origin it was meant for, and stops any request from following a redirect from https to plain
 * http, so that nothing a call sends or receives moves to clear text. Other redirects, cross-origin
 * GETs included (which the credential guard strips of credentials), are followed as usual.
 */
final class RedirectGuard implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (!response.isRedirect()) {
      return response;
    }
    String location = response.header("Location");
    HttpUrl target = location == null ? null : request.url().resolve(location);
    if (target == null) {
      return response;
    }
    if (request.url().isHttps() && !target.isHttps()) {
      response.close();
      throw new ProtocolIOException(request.method() + " was answered " + response.code()
          + " with a redirect from https to plain http (" + origin(target) + "); the SDK never follows a redirect"
          + " to clear text, so it was not followed");
    }
    if (request.method().equals("GET") || request.method().equals("HEAD") || sameOrigin(request.url(), target)) {
      return response;
    }
    response.close();
    throw new ProtocolIOException(request.method() + " was answered " + response.code()
        + " with a redirect to another origin (" + origin(target) + "); the SDK never sends a request body or"
        + " credentials to another origin, so it was not followed");
  }

  private static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }
}

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
 * the origin it was meant for. Same-origin redirects, and cross-origin GETs (which the credential
 * guard strips of credentials), are followed as usual.
 */
final class RedirectGuard implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (!response.isRedirect() || request.method().equals("GET") || request.method().equals("HEAD")) {
      return response;
    }
    String location = response.header("Location");
    HttpUrl target = location == null ? null : request.url().resolve(location);
    if (target == null || sameOrigin(request.url(), target)) {
      return response;
    }
    response.close();
    throw new ProtocolIOException(request.method() + " was answered " + response.code()
        + " with a redirect to another origin (" + target.scheme() + "://" + target.host() + ":" + target.port()
        + "); the SDK never sends a request body or credentials to another origin, so it was not followed");
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }
}

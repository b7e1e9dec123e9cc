package io.commerceclients.core.internal.auth;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.internal.http.CallSettings;
import io.commerceclients.core.internal.retry.AttemptCounter;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds credentials to requests for hosts in the {@link HostScope}, once per attempt, and replays a
 * request once after a 401 when the authenticator has fresh credentials. Requests for other hosts
 * pass through untouched. An asynchronous attempt (one whose {@link CallSettings} are
 * single-attempt) is not replayed here, as fetching fresh credentials would block OkHttp's thread:
 * the refused credentials are still dropped, and the 401 goes back to the asynchronous caller,
 * which fetches new ones without blocking and sends the call again.
 */
public final class AuthInterceptor implements Interceptor {
  private static final LazyLogger LOG = LazyLogger.named("io.commerceclients.http");

  private final HostScope scope;
  private final RequestAuthenticator authenticator;

  /** Creates the interceptor. */
  public AuthInterceptor(HostScope scope, RequestAuthenticator authenticator) {
    this.scope = scope;
    this.authenticator = authenticator;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!scope.contains(request.url())) {
      return chain.proceed(request);
    }
    Request sent = authenticator.authenticate(request);
    Response response = chain.proceed(sent);
    if (response.code() != 401 || !authenticator.refreshAfterUnauthorized(sent)) {
      return response;
    }
    if (request.body() != null && request.body().isOneShot()) {
      return response;
    }
    CallSettings settings = CallSettings.of(request);
    if (settings != null && settings.singleAttempt()) {
      return response;
    }
    response.close();
    AttemptCounter counter = request.tag(AttemptCounter.class);
    if (counter != null) {
      counter.recordAttempt();
    }
    LOG.get().info("{} {} answered 401; replaying once with fresh credentials", request.method(),
        request.url().encodedPath());
    return chain.proceed(authenticator.authenticate(request));
  }
}

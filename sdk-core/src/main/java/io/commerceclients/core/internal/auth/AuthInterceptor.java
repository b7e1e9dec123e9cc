package io.commerceclients.core.internal.auth;

import io.commerceclients.core.internal.http.CallSettings;
import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.core.internal.retry.RetryDecision;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds credentials to requests for hosts in the {@link HostScope}, once per attempt (fixed ones, on
 * the SDK's own client, once in the request the transport prepares for all attempts), and replays a
 * request once after a 401 when the authenticator has fresh credentials (only a 401 of the API's
 * own hosts: one from a host a redirect led to says nothing of them). Requests for other hosts pass
 * through untouched. An asynchronous attempt (one whose {@link CallSettings} are
 * single-attempt) is neither refreshed nor replayed here, as fetching fresh credentials would block
 * OkHttp's thread: its 401 goes back to the asynchronous call, which asks {@link
 * #refreshForReplay} and waits for {@link #ready} without blocking before it sends the call again.
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
    Request sent = authenticator.authenticate(request, chain.call());
    Response response = chain.proceed(sent);
    if (response.code() != 401 || !scope.contains(response.request().url())) {
      return response;
    }
    CallSettings settings = CallSettings.of(request);
    if (settings != null && settings.singleAttempt()) {
      return response;
    }
    if (!authenticator.refreshAfterUnauthorized(sent) || !RetryDecision.isReplayable(request)) {
      return response;
    }
    response.close();
    AttemptCounter counter = request.tag(AttemptCounter.class);
    if (counter != null) {
      counter.recordAttempt();
    }
    LOG.get().info("{} {} answered 401; replaying once with fresh credentials", request.method(),
        request.url().encodedPath());
    return chain.proceed(authenticator.authenticate(request, chain.call()));
  }

  /**
   * Adds the authenticator's fixed credentials to {@code request}, a request for {@code url} the
   * transport prepares once for all its attempts, if it is bound for the API's hosts.
   */
  public void prepare(HttpUrl url, Request.Builder request) {
    if (scope.contains(url)) {
      authenticator.addFixedCredentials(request);
    }
  }

  /**
   * Returns a future that completes when credentials for {@code url} can be added without
   * blocking (a token fetched), at once for a host outside the scope; it fails as the token fetch
   * fails.
   */
  public CompletableFuture<?> ready(HttpUrl url) {
    return scope.contains(url) ? authenticator.readyAsync() : CompletableFuture.completedFuture(null);
  }

  /**
   * Called when an asynchronous attempt of {@code request} was answered 401 with credentials
   * {@code answer} carries (its request as sent): drops the refused credentials and returns true
   * if fresh ones are coming and the request can be sent again (its body is not one-shot).
   */
  public boolean refreshForReplay(Request request, Response answer) {
    if (answer.code() != 401 || !scope.contains(request.url()) || !scope.contains(answer.request().url())
        || !authenticator.refreshAfterUnauthorized(answer.request()) || !RetryDecision.isReplayable(request)) {
      return false;
    }
    LOG.get().info("{} {} answered 401; replaying once with fresh credentials", request.method(),
        request.url().encodedPath());
    return true;
  }
}

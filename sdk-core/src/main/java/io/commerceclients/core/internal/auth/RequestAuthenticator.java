package io.commerceclients.core.internal.auth;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Request;

/**
 * Adds credentials to a request bound for the API's own host. The transport calls it once per
 * attempt and never for any other host.
 */
public interface RequestAuthenticator {

  /** Returns {@code request} with credentials added. */
  Request authenticate(Request request) throws IOException;

  /**
   * Returns {@code request}, an attempt of {@code call}, with credentials added; a wait for them (a
   * token another thread fetches) ends when the call is cancelled. By default, {@link #authenticate(Request)}.
   */
  default Request authenticate(Request request, Call call) throws IOException {
    return authenticate(request);
  }

  /**
   * Adds to {@code copy} credentials that never change (an API key, a password) while the transport
   * prepares a request once for all its attempts, so that {@link #authenticate} finds them and
   * copies nothing; does nothing by default, for credentials that can change between attempts.
   */
  default void addFixedCredentials(Request.Builder copy) {}

  /**
   * Called when the API answered 401 to {@code sent}; returns true if fresh credentials are now
   * available and the request should be replayed once (for example after dropping a cached token).
   */
  default boolean refreshAfterUnauthorized(Request sent) {
    return false;
  }

  /**
   * Returns a future that completes once {@link #authenticate} can add credentials without
   * blocking (for a token, once one is fetched); asynchronous calls wait for it before each attempt.
   * At once by default, for credentials that need no fetching.
   */
  default CompletableFuture<?> readyAsync() {
    return CompletableFuture.completedFuture(null);
  }

  /** Returns the names of the headers this authenticator sets, so they can be kept off other hosts and out of logs. */
  java.util.Set<String> credentialHeaders();
}

package io.commerceclients.core.internal.auth;

import java.util.concurrent.CompletableFuture;

/** Fetches a new access token from the authorization server (one HTTP call). */
@FunctionalInterface
public interface TokenFetcher {

  /**
   * Fetches a token.
   *
   * @throws io.commerceclients.core.error.ApiException if the server refuses or cannot be reached
   */
  AccessToken fetch();

  /**
   * Starts fetching a token without blocking the calling thread (an asynchronous HTTP call); the
   * future fails with the exceptions {@link #fetch()} throws. A fetcher without an asynchronous
   * form returns a future failed with {@link UnsupportedOperationException}: it never blocks.
   */
  default CompletableFuture<AccessToken> fetchAsync() {
    return CompletableFuture.failedFuture(noAsynchronousForm());
  }

  /** The failure of {@link #fetchAsync()} for a fetcher without an asynchronous form. */
  static UnsupportedOperationException noAsynchronousForm() {
    return new UnsupportedOperationException("this token fetcher has no asynchronous form; implement fetchAsync()");
  }
}

package io.commerceclients.core.internal.auth;

/** Fetches a new access token from the authorization server (one HTTP call). */
@FunctionalInterface
public interface TokenFetcher {

  /**
   * Fetches a token.
   *
   * @throws io.commerceclients.core.error.ApiException if the server refuses or cannot be reached
   */
  AccessToken fetch();
}

package io.commerceclients.core.internal.auth;

/** Supplies a valid access token, fetching a new one when needed. */
public interface TokenProvider {

  /**
   * Returns a token that is valid now.
   *
   * @throws io.commerceclients.core.error.ApiException if a token is needed and cannot be fetched
   */
  AccessToken token();

  /** Drops {@code rejected} if it is still the cached token, so the next {@link #token()} fetches anew. */
  void invalidate(String rejected);
}

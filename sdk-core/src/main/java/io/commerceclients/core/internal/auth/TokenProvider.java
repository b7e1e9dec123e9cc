package io.commerceclients.core.internal.auth;

import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/** Supplies a valid access token, fetching a new one when needed. */
public interface TokenProvider {

  /**
   * Returns a token that is valid now.
   *
   * @throws io.commerceclients.core.error.ApiException if a token is needed and cannot be fetched
   */
  AccessToken token();

  /**
   * As {@link #token()}, for a call: a wait for another thread's fetch ends as soon as the calling
   * thread is interrupted (its flag kept) or {@code abandoned} says the call was cancelled.
   *
   * @throws InterruptedIOException if the wait ended so
   * @throws io.commerceclients.core.error.ApiException if a token is needed and cannot be fetched
   */
  default AccessToken token(BooleanSupplier abandoned) throws InterruptedIOException {
    return token();
  }

  /**
   * Returns a future of a token that is valid now, without blocking the calling thread; it fails
   * with the {@link io.commerceclients.core.error.ApiException} a fetch fails with.
   */
  CompletableFuture<AccessToken> tokenAsync();

  /** Drops {@code rejected} if it is still the cached token, so the next {@link #token()} fetches anew. */
  void invalidate(String rejected);
}

package io.commerceclients.core.internal.auth;

import io.commerceclients.core.internal.http.Async;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okhttp3.Call;
import okhttp3.Request;

/**
 * Sends {@code Authorization: Bearer <token>} from a {@link TokenProvider}; after a 401 it drops
 * the token that was refused (if still cached) so the one replay carries a new one.
 */
public final class BearerTokenAuthenticator implements RequestAuthenticator {
  private static final String PREFIX = "Bearer ";
  private final TokenProvider tokens;

  /** Creates the authenticator. */
  public BearerTokenAuthenticator(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Request authenticate(Request request) {
    return request.newBuilder().header("Authorization", PREFIX + tokens.token().value()).build();
  }

  /** Adds the token; a wait for another thread's fetch of it ends when {@code call} is cancelled. */
  @Override
  public Request authenticate(Request request, Call call) throws IOException {
    return request.newBuilder().header("Authorization", PREFIX + tokens.token(call::isCanceled).value()).build();
  }

  /**
   * Returns the provider's asynchronous token. A provider whose fetcher has no asynchronous form
   * is ready at once: {@link #authenticate} then fetches the token on the attempt's thread.
   */
  @Override
  public CompletableFuture<?> readyAsync() {
    return tokens.tokenAsync().handle((token, error) -> {
      Throwable failure = Async.unwrap(error);
      if (failure == null || failure instanceof UnsupportedOperationException) {
        return token;
      }
      throw new CompletionException(failure);
    });
  }

  @Override
  public boolean refreshAfterUnauthorized(Request sent) {
    String header = sent.header("Authorization");
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    tokens.invalidate(header.substring(PREFIX.length()));
    return true;
  }

  @Override
  public Set<String> credentialHeaders() {
    return Set.of("Authorization");
  }

  @Override
  public String toString() {
    return "BearerTokenAuthenticator{token=****}";
  }
}

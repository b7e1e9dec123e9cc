package io.commerceclients.core.internal.auth;

import java.util.Set;
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

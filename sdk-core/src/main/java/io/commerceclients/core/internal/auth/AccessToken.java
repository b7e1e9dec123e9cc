package io.commerceclients.core.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An OAuth access token and when it expires; {@link #toString()} never shows the token. */
public final class AccessToken {
  private final String value;
  private final Instant issuedAt;
  private final Instant expiresAt;

  /** Creates a token issued at {@code issuedAt} that is valid for {@code lifetime}. */
  public AccessToken(String value, Instant issuedAt, Duration lifetime) {
    this.value = Secrets.requireSecret(value, "access_token");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.expiresAt = issuedAt.plus(Objects.requireNonNull(lifetime, "lifetime"));
  }

  /** Returns the token to send as {@code Authorization: Bearer …}. */
  public String value() {
    return value;
  }

  /** Returns when the token was obtained. */
  public Instant issuedAt() {
    return issuedAt;
  }

  /** Returns when the token stops being valid. */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "AccessToken{value=****, expiresAt=" + expiresAt + "}";
  }
}

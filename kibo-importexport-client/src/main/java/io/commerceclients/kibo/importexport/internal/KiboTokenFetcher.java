package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.TokenFetcher;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches a token from Kibo's auth host and checks the answer before anything uses it. An answer
 * that cannot be used is the server's fault and throws {@link ProtocolException}, so nothing is
 * cached and the next call fetches again.
 *
 * <p>The rules: {@code access_token} must be present and made only of visible ASCII characters (no
 * white space, no padding: it goes into an HTTP header as is). {@code expires_in} is a number of
 * seconds, at least 1; when it is missing the token is taken to live {@link #DEFAULT_LIFETIME}
 * (OAuth 2.0 only recommends the field), and a lifetime longer than {@link #MAX_LIFETIME} is
 * taken as {@link #MAX_LIFETIME} (refreshing early is harmless, overflowing is not).
 */
final class KiboTokenFetcher implements TokenFetcher {

  /** The lifetime of a token whose answer has no {@code expires_in}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  /** The longest lifetime believed; a longer {@code expires_in} is clamped to it. */
  static final Duration MAX_LIFETIME = Duration.ofHours(24);

  private static final String OPERATION =
      "Kibo's token answer (POST /api/platform/applications/authtickets/oauth)";

  private final ApiTransport authTransport;
  private final KiboAuthApi authApi;
  private final OAuthTokenRequest request;
  private final Clock clock;

  KiboTokenFetcher(ApiTransport authTransport, OAuthTokenRequest request, Clock clock) {
    this.authTransport = authTransport;
    this.authApi = authTransport.create(KiboAuthApi.class);
    this.request = request;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch() {
    return read(authTransport.execute(authApi.issueToken(request)));
  }

  /** Fetches a token with an asynchronous call; the future fails as {@link #fetch()} throws. */
  @Override
  public CompletableFuture<AccessToken> fetchAsync() {
    return Async.supply(() -> ApiTransport.mapAsync(authTransport.executeAsync(authApi.issueToken(request)), this::read));
  }

  private AccessToken read(OAuthTokenResponse answer) {
    if (answer == null) {
      throw new ProtocolException(OPERATION + " has an empty body");
    }
    String token = answer.accessToken().orElse(null);
    if (token == null || token.isEmpty()) {
      throw new ProtocolException(OPERATION + " has no access_token");
    }
    if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw new ProtocolException(OPERATION + " has an access_token with white space, control or"
          + " non-ASCII characters, which cannot be sent in an Authorization header");
    }
    return new AccessToken(token, clock.instant(), lifetime(answer));
  }

  private static Duration lifetime(OAuthTokenResponse answer) {
    if (answer.expiresIn().isEmpty()) {
      return DEFAULT_LIFETIME;
    }
    BigDecimal seconds = answer.expiresIn().get();
    if (seconds.compareTo(BigDecimal.ONE) < 0) {
      throw new ProtocolException(OPERATION + " has expires_in " + seconds.toPlainString()
          + "; a token must live at least 1 second");
    }
    if (seconds.compareTo(BigDecimal.valueOf(MAX_LIFETIME.getSeconds())) > 0) {
      return MAX_LIFETIME;
    }
    return Duration.ofSeconds(seconds.longValue());
  }
}

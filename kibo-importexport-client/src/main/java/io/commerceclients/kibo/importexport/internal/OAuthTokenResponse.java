package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of Kibo's OAuth call: a bearer token and its lifetime in seconds. Every field is
 * optional here so that a broken answer reaches {@link KiboTokenFetcher}, which refuses it by name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOAuthTokenResponse.class)
@JsonDeserialize(builder = ImmutableOAuthTokenResponse.Builder.class)
interface OAuthTokenResponse {

  static ImmutableOAuthTokenResponse.Builder builder() {
    return ImmutableOAuthTokenResponse.builder();
  }

  @Value.Redacted
  @JsonProperty("access_token")
  Optional<String> accessToken();

  @JsonProperty("token_type")
  Optional<String> tokenType();

  /** Seconds; a decimal so that a huge value is clamped rather than refused by the JSON reader. */
  @JsonProperty("expires_in")
  Optional<BigDecimal> expiresIn();

  @Value.Redacted
  @JsonProperty("refresh_token")
  Optional<String> refreshToken();
}

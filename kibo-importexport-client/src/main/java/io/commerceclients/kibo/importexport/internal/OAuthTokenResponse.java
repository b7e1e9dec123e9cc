package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of Kibo's OAuth call: a bearer token and its lifetime in seconds. */
@Value.Immutable
@JsonSerialize(as = ImmutableOAuthTokenResponse.class)
@JsonDeserialize(as = ImmutableOAuthTokenResponse.class)
public interface OAuthTokenResponse {

  static ImmutableOAuthTokenResponse.Builder builder() {
    return ImmutableOAuthTokenResponse.builder();
  }

  @Value.Redacted
  @JsonProperty("access_token")
  String accessToken();

  @JsonProperty("token_type")
  Optional<String> tokenType();

  @JsonProperty("expires_in")
  Optional<Long> expiresIn();

  @Value.Redacted
  @JsonProperty("refresh_token")
  Optional<String> refreshToken();
}

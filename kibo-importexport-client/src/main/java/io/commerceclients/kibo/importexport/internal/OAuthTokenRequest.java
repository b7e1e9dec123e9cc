package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The body of Kibo's OAuth client-credentials call. */
@Value.Immutable
@JsonSerialize(as = ImmutableOAuthTokenRequest.class)
@JsonDeserialize(builder = ImmutableOAuthTokenRequest.Builder.class)
interface OAuthTokenRequest {

  static ImmutableOAuthTokenRequest.Builder builder() {
    return ImmutableOAuthTokenRequest.builder();
  }

  @JsonProperty("client_id")
  String clientId();

  @Value.Redacted
  @JsonProperty("client_secret")
  String clientSecret();

  @JsonProperty("grant_type")
  @Value.Default
  default String grantType() {
    return "client_credentials";
  }
}

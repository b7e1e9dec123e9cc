package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** An integration key (Klaviyo private key or Shopify access token), 16..128 characters. */
@Value.Immutable
@JsonSerialize(as = ImmutableApiKeyRequest.class)
@JsonDeserialize(builder = ImmutableApiKeyRequest.Builder.class)
public interface ApiKeyRequest {

  /** Returns a new builder of {@code ApiKeyRequest}. */
  static ImmutableApiKeyRequest.Builder builder() {
    return ImmutableApiKeyRequest.builder();
  }

  /** The key. */
  @Value.Redacted
  @JsonProperty("api_key")
  String apiKey();
}

package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Shopware API client credentials. */
@Value.Immutable
@JsonSerialize(as = ImmutableShopwareCredentials.class)
@JsonDeserialize(builder = ImmutableShopwareCredentials.Builder.class)
public interface ShopwareCredentials {

  /** Returns a new builder of {@code ShopwareCredentials}. */
  static ImmutableShopwareCredentials.Builder builder() {
    return ImmutableShopwareCredentials.builder();
  }

  /** The client id. */
  @JsonProperty("client_id")
  String clientId();

  /** The client secret. */
  @Value.Redacted
  @JsonProperty("client_secret")
  Optional<String> clientSecret();
}

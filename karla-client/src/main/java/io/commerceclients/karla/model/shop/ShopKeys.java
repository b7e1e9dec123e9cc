package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The shop's integration keys, masked by Karla. */
@Value.Immutable
@JsonSerialize(as = ImmutableShopKeys.class)
@JsonDeserialize(builder = ImmutableShopKeys.Builder.class)
public interface ShopKeys {

  /** Returns a new builder of {@code ShopKeys}. */
  static ImmutableShopKeys.Builder builder() {
    return ImmutableShopKeys.builder();
  }

  /** Masked Klaviyo key. */
  @JsonProperty("klaviyo")
  Optional<String> klaviyo();

  /** Masked Shopify access token. */
  @JsonProperty("shopify")
  Optional<String> shopify();

  /** Masked Shopware client id. */
  @JsonProperty("shopware")
  Optional<String> shopware();
}

package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Settings a shop starts with (all default to false). */
@Value.Immutable
@JsonSerialize(as = ImmutableInitialShopSettings.class)
@JsonDeserialize(builder = ImmutableInitialShopSettings.Builder.class)
public interface InitialShopSettings {

  /** Returns a new builder of {@code InitialShopSettings}. */
  static ImmutableInitialShopSettings.Builder builder() {
    return ImmutableInitialShopSettings.builder();
  }

  /** Send triggers to Klaviyo. */
  @JsonProperty("klaviyo_triggers_enabled")
  Optional<Boolean> klaviyoTriggersEnabled();

  /** Send triggers to Shopify. */
  @JsonProperty("shopify_triggers_enabled")
  Optional<Boolean> shopifyTriggersEnabled();

  /** Retrieve shipment updates from carriers. */
  @JsonProperty("carriers_enabled")
  Optional<Boolean> carriersEnabled();
}

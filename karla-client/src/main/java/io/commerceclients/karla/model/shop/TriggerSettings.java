package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Trigger settings of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableTriggerSettings.class)
@JsonDeserialize(builder = ImmutableTriggerSettings.Builder.class)
public interface TriggerSettings {

  /** Returns a new builder of {@code TriggerSettings}. */
  static ImmutableTriggerSettings.Builder builder() {
    return ImmutableTriggerSettings.builder();
  }

  /** Send triggers to Klaviyo. */
  @JsonProperty("klaviyo")
  Optional<Boolean> klaviyo();

  /** Send triggers to Shopify. */
  @JsonProperty("shopify")
  Optional<Boolean> shopify();
}

package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Carrier settings of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableCarrierSettings.class)
@JsonDeserialize(builder = ImmutableCarrierSettings.Builder.class)
public interface CarrierSettings {

  /** Returns a new builder of {@code CarrierSettings}. */
  static ImmutableCarrierSettings.Builder builder() {
    return ImmutableCarrierSettings.builder();
  }

  /** Retrieve shipment updates from carriers. */
  @JsonProperty("shipment_updates")
  Optional<Boolean> shipmentUpdates();
}

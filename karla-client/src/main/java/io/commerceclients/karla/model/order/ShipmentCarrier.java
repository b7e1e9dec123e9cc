package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Carrier;
import java.util.Optional;
import org.immutables.value.Value;

/** The carrier data of a shipment. */
@Value.Immutable
@JsonSerialize(as = ImmutableShipmentCarrier.class)
@JsonDeserialize(builder = ImmutableShipmentCarrier.Builder.class)
public interface ShipmentCarrier {

  /** Returns a new builder of {@code ShipmentCarrier}. */
  static ImmutableShipmentCarrier.Builder builder() {
    return ImmutableShipmentCarrier.builder();
  }

  /** Carrier tracking number. */
  @JsonProperty("tracking_number")
  Optional<String> trackingNumber();

  /** Carrier reference. */
  @JsonProperty("carrier_reference")
  Optional<Carrier> carrierReference();

  /** Tracking URL. */
  @JsonProperty("tracking_url")
  Optional<String> trackingUrl();
}

package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Product;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A shipment (tracking) of an order. */
@Value.Immutable
@JsonSerialize(as = ImmutableShipment.class)
@JsonDeserialize(builder = ImmutableShipment.Builder.class)
public interface Shipment {

  /** Returns a new builder of {@code Shipment}. */
  static ImmutableShipment.Builder builder() {
    return ImmutableShipment.builder();
  }

  /** Shipment UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Shipment id. */
  @JsonProperty("id")
  Optional<String> id();

  /** When the tracking was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();

  /** Tracking events. */
  @JsonProperty("events")
  List<TrackingEvent> events();

  /** Expected delivery time. */
  @JsonProperty("estimated_arrival")
  Optional<EstimatedArrival> estimatedArrival();

  /** Carrier data. */
  @JsonProperty("carrier")
  Optional<ShipmentCarrier> carrier();

  /** Karla state. */
  @JsonProperty("state")
  Optional<ShipmentState> state();

  /** Karla flag. */
  @JsonProperty("flag")
  Optional<ShipmentFlag> flag();

  /** Pickup data. */
  @JsonProperty("pickup")
  Optional<Pickup> pickup();

  /** Products in the shipment. */
  @JsonProperty("products")
  List<Product> products();

  /** Merchant UUID. */
  @JsonProperty("merchant_id")
  Optional<String> merchantId();

  /** Merchant slug. */
  @JsonProperty("merchant_slug")
  Optional<String> merchantSlug();

  /** Shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();

  /** Order UUID. */
  @JsonProperty("order_id")
  Optional<String> orderId();

  /** Order number. */
  @JsonProperty("order_number")
  Optional<String> orderNumber();
}

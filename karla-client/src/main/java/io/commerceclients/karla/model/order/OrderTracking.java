package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.Product;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tracking (shipment) of an order, as sent by an upsert or a fulfillment. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderTracking.class)
@JsonDeserialize(builder = ImmutableOrderTracking.Builder.class)
public interface OrderTracking {

  /** Returns a new builder of {@code OrderTracking}. */
  static ImmutableOrderTracking.Builder builder() {
    return ImmutableOrderTracking.builder();
  }

  /** Tracking number. */
  @JsonProperty("tracking_number")
  String trackingNumber();

  /** Tracking URL from the carrier. */
  @JsonProperty("tracking_url")
  Optional<String> trackingUrl();

  /** When the fulfillment was placed (Karla assumes now). */
  @JsonProperty("tracking_placed_at")
  Optional<OffsetDateTime> trackingPlacedAt();

  /** Carrier reference. */
  @JsonProperty("carrier_reference")
  Optional<Carrier> carrierReference();

  /** Shipment id in the shop system (for example Shopify's fulfillment id). */
  @JsonProperty("external_shipment_id")
  Optional<String> externalShipmentId();

  /**
   * Line items in this shipment. None (the default) leaves {@code products} out of the request, which
   * Karla reads as every product of the order; an empty list is never sent.
   */
  @JsonProperty("products")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Product> products();
}

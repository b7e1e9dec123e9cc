package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Product;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Updates a shipment of an order; absent fields are left unchanged. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateShipmentRequest.class)
@JsonDeserialize(builder = ImmutableUpdateShipmentRequest.Builder.class)
public interface UpdateShipmentRequest {

  /** Returns a new builder of {@code UpdateShipmentRequest}. */
  static ImmutableUpdateShipmentRequest.Builder builder() {
    return ImmutableUpdateShipmentRequest.builder();
  }

  /** Tracking URL from the carrier. */
  @JsonProperty("tracking_url")
  Optional<String> trackingUrl();

  /** Line items of the shipment; replaces the current ones, an empty list removes all. */
  @JsonProperty("products")
  Optional<List<Product>> products();
}

package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Address;
import java.util.Optional;
import org.immutables.value.Value;

/** Updates an order; absent fields are left unchanged. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateOrderRequest.class)
@JsonDeserialize(builder = ImmutableUpdateOrderRequest.Builder.class)
public interface UpdateOrderRequest {

  /** Returns a new builder of {@code UpdateOrderRequest}. */
  static ImmutableUpdateOrderRequest.Builder builder() {
    return ImmutableUpdateOrderRequest.builder();
  }

  /** New delivery address. */
  @JsonProperty("address")
  Optional<Address> address();

  /** Expected number of shipments, at most 100. */
  @JsonProperty("expected_number_of_shipments")
  Optional<Long> expectedNumberOfShipments();
}

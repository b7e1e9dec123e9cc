package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates or updates an order and its trackings, referenced by one of its identifiers. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpsertOrderRequest.class)
@JsonDeserialize(builder = ImmutableUpsertOrderRequest.Builder.class)
public interface UpsertOrderRequest {

  /** Returns a new builder of {@code UpsertOrderRequest}. */
  static ImmutableUpsertOrderRequest.Builder builder() {
    return ImmutableUpsertOrderRequest.builder();
  }

  /** The order reference, of the kind given by idType. */
  @JsonProperty("id")
  String id();

  /** Kind of reference (Karla assumes order_number). */
  @JsonProperty("id_type")
  Optional<OrderReferenceType> idType();

  /** The order (upserted when given; otherwise the order must exist). */
  @JsonProperty("order")
  Optional<PlaceOrderRequest> order();

  /** Trackings of the order. */
  @JsonProperty("trackings")
  List<OrderTracking> trackings();
}

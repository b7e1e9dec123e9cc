package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of an order search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderSearchRequest.class)
@JsonDeserialize(builder = ImmutableOrderSearchRequest.Builder.class)
public interface OrderSearchRequest {

  /** Returns a new builder of {@code OrderSearchRequest}. */
  static ImmutableOrderSearchRequest.Builder builder() {
    return ImmutableOrderSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Customer email. */
  @JsonProperty("email_id")
  Optional<String> emailId();

  /** Order id in the shop system. */
  @JsonProperty("external_id")
  Optional<String> externalId();

  /** Order name. */
  @JsonProperty("order_name")
  Optional<String> orderName();

  /** Order number. */
  @JsonProperty("order_number")
  Optional<String> orderNumber();

  /** Order UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Delivery zip code. */
  @JsonProperty("zip_code")
  Optional<String> zipCode();

  /** Orders placed at or after this time. */
  @JsonProperty("order_placed_from")
  Optional<OffsetDateTime> orderPlacedFrom();

  /** Orders placed at or before this time. */
  @JsonProperty("order_placed_to")
  Optional<OffsetDateTime> orderPlacedTo();

  /** Orders whose shipments changed since this time. */
  @JsonProperty("shipment_updated_since")
  Optional<OffsetDateTime> shipmentUpdatedSince();
}

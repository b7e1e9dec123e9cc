package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import org.immutables.value.Value;

/** Adds an event to a shipment. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateShipmentEventRequest.class)
@JsonDeserialize(builder = ImmutableCreateShipmentEventRequest.Builder.class)
public interface CreateShipmentEventRequest {

  /** Returns a new builder of {@code CreateShipmentEventRequest}. */
  static ImmutableCreateShipmentEventRequest.Builder builder() {
    return ImmutableCreateShipmentEventRequest.builder();
  }

  /** The event. */
  @JsonProperty("event_name")
  ShipmentEventName eventName();

  /** When the event happened. */
  @JsonProperty("event_time")
  OffsetDateTime eventTime();

  /** Your id of the event. */
  @JsonProperty("external_id")
  String externalId();
}

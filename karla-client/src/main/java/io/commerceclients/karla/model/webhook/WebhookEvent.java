package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import io.commerceclients.core.json.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An event Karla delivered to a webhook endpoint (the envelope; eventData depends on eventGroup). */
@Value.Immutable
@JsonSerialize(as = ImmutableWebhookEvent.class)
@JsonDeserialize(builder = ImmutableWebhookEvent.Builder.class)
public interface WebhookEvent {

  /** Returns a new builder of {@code WebhookEvent}. */
  static ImmutableWebhookEvent.Builder builder() {
    return ImmutableWebhookEvent.builder();
  }

  /** Where the event comes from. */
  @JsonProperty("source")
  Optional<String> source();

  /** Reference of the object the event is about. */
  @JsonProperty("ref")
  Optional<String> ref();

  /** Version of the envelope. */
  @JsonProperty("version")
  Optional<String> version();

  /** When the event was triggered. */
  @JsonProperty("triggered_at")
  Optional<OffsetDateTime> triggeredAt();

  /** Group of the event, which decides the shape of eventData. */
  @JsonProperty("event_group")
  Optional<String> eventGroup();

  /** The event data, as sent. */
  @JsonProperty("event_data")
  @AllowNulls
  Map<String, @Nullable Object> eventData();

  /** Context of the event, as sent. */
  @JsonProperty("context")
  @AllowNulls
  Map<String, @Nullable Object> context();

  /**
   * Returns the event data read as {@code type}, for event groups this SDK has no accessor for.
   *
   * @throws IllegalArgumentException if the data cannot be read as {@code type}
   */
  default <T> T eventDataAs(Class<T> type) {
    return Json.mapper().convertValue(eventData(), type);
  }

  /** Returns the data of a shipment update, if this event carries one (it names a shipment_uuid). */
  @JsonIgnore
  default Optional<ShipmentUpdateData> shipmentUpdate() {
    return eventData().containsKey("shipment_uuid")
        ? Optional.of(eventDataAs(ShipmentUpdateData.class))
        : Optional.empty();
  }

  /** Returns the data of a carrier health update, if this event carries one. */
  @JsonIgnore
  default Optional<CarrierHealthUpdate> carrierHealthUpdate() {
    return eventData().containsKey("healthy") && eventData().containsKey("carrier_reference")
        ? Optional.of(eventDataAs(CarrierHealthUpdate.class))
        : Optional.empty();
  }
}

package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A carrier event in a shipment update. */
@Value.Immutable
@JsonSerialize(as = ImmutableShipmentUpdateEvent.class)
@JsonDeserialize(builder = ImmutableShipmentUpdateEvent.Builder.class)
public interface ShipmentUpdateEvent {

  /** Returns a new builder of {@code ShipmentUpdateEvent}. */
  static ImmutableShipmentUpdateEvent.Builder builder() {
    return ImmutableShipmentUpdateEvent.builder();
  }

  /** Date and time of the event. */
  @JsonProperty("time")
  Optional<String> time();

  /** Description of the event. */
  @JsonProperty("event")
  Optional<String> event();

  /** Location details. */
  @JsonProperty("location")
  @AllowNulls
  Map<String, @Nullable Object> location();

  /** Timezone of the time. */
  @JsonProperty("timezone")
  Optional<String> timezone();

  /** Karla's event key. */
  @JsonProperty("event_key")
  Optional<String> eventKey();

  /** Phase of the event. */
  @JsonProperty("phase")
  Optional<String> phase();

  /** Karla's phase key. */
  @JsonProperty("phase_key")
  Optional<String> phaseKey();

  /** Carrier of the event. */
  @JsonProperty("carrier_name")
  Optional<String> carrierName();

  /** Additional information. */
  @JsonProperty("additional_info")
  @AllowNulls
  Map<String, @Nullable Object> additionalInfo();
}

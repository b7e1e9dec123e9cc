package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import io.commerceclients.karla.model.Language;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An event of a shipment's tracking. */
@Value.Immutable
@JsonSerialize(as = ImmutableTrackingEvent.class)
@JsonDeserialize(builder = ImmutableTrackingEvent.Builder.class)
public interface TrackingEvent {

  /** Returns a new builder of {@code TrackingEvent}. */
  static ImmutableTrackingEvent.Builder builder() {
    return ImmutableTrackingEvent.builder();
  }

  /** Event key, such as SUCCESSFULLY_DELIVERED. */
  @JsonProperty("event_key")
  Optional<String> eventKey();

  /** When the event happened. */
  @JsonProperty("time")
  Optional<OffsetDateTime> time();

  /** Timezone of the event. */
  @JsonProperty("timezone")
  Optional<String> timezone();

  /** Location details. */
  @JsonProperty("location")
  @AllowNulls
  Map<String, @Nullable Object> location();

  /** Extra data. */
  @JsonProperty("additional_info")
  Optional<EventAdditionalInfo> additionalInfo();

  /** Phase of the shipment. */
  @JsonProperty("phase")
  Optional<Phase> phase();

  /** Translated texts. */
  @JsonProperty("event_strings")
  Optional<EventStrings> eventStrings();

  /** Language of the texts. */
  @JsonProperty("language")
  Optional<Language> language();
}

package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Address;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Where and until when a parcel can be picked up. */
@Value.Immutable
@JsonSerialize(as = ImmutablePickup.class)
@JsonDeserialize(builder = ImmutablePickup.Builder.class)
public interface Pickup {

  /** Returns a new builder of {@code Pickup}. */
  static ImmutablePickup.Builder builder() {
    return ImmutablePickup.builder();
  }

  /** Kind of pickup location. */
  @JsonProperty("type")
  Optional<PickupType> type();

  /** Name of the location. */
  @JsonProperty("name")
  Optional<String> name();

  /** Address of the location. */
  @JsonProperty("address")
  Optional<Address> address();

  /** URL of the location. */
  @JsonProperty("url")
  Optional<String> url();

  /** Opening hours. */
  @JsonProperty("opening_hours")
  Optional<String> openingHours();

  /** Last day of pickup. */
  @JsonProperty("date_to")
  Optional<OffsetDateTime> dateTo();
}

package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Address of a collection point. */
@Value.Immutable
@JsonSerialize(as = ImmutableCollectionPointAddress.class)
@JsonDeserialize(builder = ImmutableCollectionPointAddress.Builder.class)
public interface CollectionPointAddress {

  /** Returns a new builder of {@code CollectionPointAddress}. */
  static ImmutableCollectionPointAddress.Builder builder() {
    return ImmutableCollectionPointAddress.builder();
  }

  /** City. */
  @JsonProperty("city")
  Optional<String> city();

  /** Full address. */
  @JsonProperty("full")
  Optional<String> full();

  /** Country. */
  @JsonProperty("country")
  Optional<String> country();

  /** Type of location. */
  @JsonProperty("location_type")
  Optional<String> locationType();

  /** Postal code. */
  @JsonProperty("postal_code")
  Optional<String> postalCode();

  /** State or province. */
  @JsonProperty("state_or_province")
  Optional<String> stateOrProvince();
}

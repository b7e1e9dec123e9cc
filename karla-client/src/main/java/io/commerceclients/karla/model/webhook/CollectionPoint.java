package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A collection point where a parcel waits. */
@Value.Immutable
@JsonSerialize(as = ImmutableCollectionPoint.class)
@JsonDeserialize(builder = ImmutableCollectionPoint.Builder.class)
public interface CollectionPoint {

  /** Returns a new builder of {@code CollectionPoint}. */
  static ImmutableCollectionPoint.Builder builder() {
    return ImmutableCollectionPoint.builder();
  }

  /** Collection point id. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Identifier derived from the carrier's id. */
  @JsonProperty("collection_point_identifier")
  Optional<String> collectionPointIdentifier();

  /** Address. */
  @JsonProperty("address")
  Optional<CollectionPointAddress> address();

  /** active or expired. */
  @JsonProperty("status")
  Optional<String> status();

  /** Last update time (UTC). */
  @JsonProperty("updated_date")
  Optional<String> updatedDate();

  /** Latitude. */
  @JsonProperty("lat")
  Optional<BigDecimal> lat();

  /** Longitude. */
  @JsonProperty("long")
  Optional<BigDecimal> longitude();
}

package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A page of a list that has no filters. */
@Value.Immutable
@JsonSerialize(as = ImmutablePageRequest.class)
@JsonDeserialize(builder = ImmutablePageRequest.Builder.class)
public interface PageRequest {

  /** Returns a new builder of {@code PageRequest}. */
  static ImmutablePageRequest.Builder builder() {
    return ImmutablePageRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();
}

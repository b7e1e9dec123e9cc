package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of a claim search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableClaimSearchRequest.class)
@JsonDeserialize(builder = ImmutableClaimSearchRequest.Builder.class)
public interface ClaimSearchRequest {

  /** Returns a new builder of {@code ClaimSearchRequest}. */
  static ImmutableClaimSearchRequest.Builder builder() {
    return ImmutableClaimSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Order UUID. */
  @JsonProperty("order_id")
  Optional<String> orderId();

  /** Shipment UUID. */
  @JsonProperty("shipment_id")
  Optional<String> shipmentId();

  /** Resolution preference. */
  @JsonProperty("resolution_preference")
  Optional<ClaimResolutionPreference> resolutionPreference();

  /** Status. */
  @JsonProperty("status")
  Optional<ClaimStatus> status();
}

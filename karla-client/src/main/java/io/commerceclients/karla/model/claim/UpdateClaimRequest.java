package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Changes the status or the resolution preference of a claim. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateClaimRequest.class)
@JsonDeserialize(builder = ImmutableUpdateClaimRequest.Builder.class)
public interface UpdateClaimRequest {

  /** Returns a new builder of {@code UpdateClaimRequest}. */
  static ImmutableUpdateClaimRequest.Builder builder() {
    return ImmutableUpdateClaimRequest.builder();
  }

  /** How the claim is resolved. */
  @JsonProperty("resolution_preference")
  Optional<ClaimResolutionPreference> resolutionPreference();

  /** New status. */
  @JsonProperty("status")
  Optional<ClaimStatus> status();
}

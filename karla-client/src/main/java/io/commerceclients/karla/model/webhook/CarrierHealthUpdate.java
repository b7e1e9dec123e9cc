package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Event data of a carrier health update. */
@Value.Immutable
@JsonSerialize(as = ImmutableCarrierHealthUpdate.class)
@JsonDeserialize(builder = ImmutableCarrierHealthUpdate.Builder.class)
public interface CarrierHealthUpdate {

  /** Returns a new builder of {@code CarrierHealthUpdate}. */
  static ImmutableCarrierHealthUpdate.Builder builder() {
    return ImmutableCarrierHealthUpdate.builder();
  }

  /** Carrier reference. */
  @JsonProperty("carrier_reference")
  Optional<String> carrierReference();

  /** Id of the API key concerned. */
  @JsonProperty("api_key_id")
  Optional<String> apiKeyId();

  /** Whether the carrier integration is healthy. */
  @JsonProperty("healthy")
  Optional<Boolean> healthy();

  /** When the health changed. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();
}

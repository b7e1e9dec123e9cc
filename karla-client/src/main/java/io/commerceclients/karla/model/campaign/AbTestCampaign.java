package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A campaign taking part in an A/B test, with its share of the traffic. */
@Value.Immutable
@JsonSerialize(as = ImmutableAbTestCampaign.class)
@JsonDeserialize(builder = ImmutableAbTestCampaign.Builder.class)
public interface AbTestCampaign {

  /** Returns a new builder of {@code AbTestCampaign}. */
  static ImmutableAbTestCampaign.Builder builder() {
    return ImmutableAbTestCampaign.builder();
  }

  /** Campaign UUID (required when sent). */
  @JsonProperty("campaign_id")
  Optional<String> campaignId();

  /** Share of the traffic in percent, 0..100. */
  @JsonProperty("allocation")
  Optional<Long> allocation();
}

package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates an A/B test. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateAbTestRequest.class)
@JsonDeserialize(builder = ImmutableCreateAbTestRequest.Builder.class)
public interface CreateAbTestRequest {

  /** Returns a new builder of {@code CreateAbTestRequest}. */
  static ImmutableCreateAbTestRequest.Builder builder() {
    return ImmutableCreateAbTestRequest.builder();
  }

  /** Name. */
  @JsonProperty("name")
  String name();

  /** Segment targeted. */
  @JsonProperty("segment")
  String segment();

  /** Type of the campaigns tested. */
  @JsonProperty("campaign_type")
  PromotionType campaignType();

  /** Campaigns and their allocations; always sent, as {@code []} when empty. */
  @JsonProperty("campaigns")
  List<AbTestCampaign> campaigns();

  /** Start. */
  @JsonProperty("start_date")
  OffsetDateTime startDate();

  /** End. */
  @JsonProperty("end_date")
  OffsetDateTime endDate();

  /** Whether to keep a holdout group (Karla assumes false). */
  @JsonProperty("has_holdout")
  Optional<Boolean> hasHoldout();

  /** Holdout share in percent, 0..100. */
  @JsonProperty("holdout_percentage")
  Optional<Long> holdoutPercentage();
}

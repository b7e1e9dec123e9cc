package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An A/B test of campaigns. */
@Value.Immutable
@JsonSerialize(as = ImmutableAbTest.class)
@JsonDeserialize(builder = ImmutableAbTest.Builder.class)
public interface AbTest {

  /** Returns a new builder of {@code AbTest}. */
  static ImmutableAbTest.Builder builder() {
    return ImmutableAbTest.builder();
  }

  /** A/B test UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** Name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();

  /** Segment targeted. */
  @JsonProperty("segment")
  Optional<String> segment();

  /** Type of the campaigns tested. */
  @JsonProperty("campaign_type")
  Optional<PromotionType> campaignType();

  /** Campaigns and their allocations. */
  @JsonProperty("campaigns")
  List<AbTestCampaign> campaigns();

  /** Whether a holdout group exists. */
  @JsonProperty("has_holdout")
  Optional<Boolean> hasHoldout();

  /** Holdout share in percent. */
  @JsonProperty("holdout_percentage")
  Optional<Long> holdoutPercentage();

  /** Start. */
  @JsonProperty("start_date")
  Optional<OffsetDateTime> startDate();

  /** End. */
  @JsonProperty("end_date")
  Optional<OffsetDateTime> endDate();

  /** When it was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When it was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();
}

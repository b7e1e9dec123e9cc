package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Creates a campaign, or replaces all of its fields. The promotion type follows the class of
 * {@link #promotionProperties()} unless set explicitly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignRequest.class)
@JsonDeserialize(builder = ImmutableCampaignRequest.Builder.class)
public interface CampaignRequest {

  /** Returns a new builder of {@code CampaignRequest}. */
  static ImmutableCampaignRequest.Builder builder() {
    return ImmutableCampaignRequest.builder();
  }

  /** Campaign name, used internally. */
  @JsonProperty("name")
  String name();

  /** Segment the campaign targets. */
  @JsonProperty("segment")
  String segment();

  /** The promotion's properties, of the class of its type. */
  @JsonProperty("promotion_properties")
  PromotionProperties promotionProperties();

  /** Type of promotion; defaults to the type of {@link #promotionProperties()}. */
  @Value.Default
  @JsonProperty("promotion_type")
  default PromotionType promotionType() {
    return promotionProperties().promotionType();
  }

  /** Whether the campaign is visible; only one campaign per segment can be enabled (Karla assumes false). */
  @JsonProperty("enabled")
  Optional<Boolean> enabled();

  /** When the campaign starts (Karla assumes now). */
  @JsonProperty("start_date")
  Optional<OffsetDateTime> startDate();

  /** When the campaign ends. */
  @JsonProperty("end_date")
  Optional<OffsetDateTime> endDate();

  /** UUID of the discount attached to the campaign. */
  @JsonProperty("discount_id")
  Optional<String> discountId();

  /**
   * Types the promotion properties by the promotion type; the builder calls it.
   *
   * @throws IllegalArgumentException if the properties belong to another promotion type
   */
  @Value.Check
  default CampaignRequest normalize() {
    PromotionProperties typed = Promotions.typed(promotionType(), promotionProperties());
    return typed == promotionProperties()
        ? this
        : ImmutableCampaignRequest.copyOf(this).withPromotionProperties(typed);
  }
}

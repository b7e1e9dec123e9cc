package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.discount.Discount;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A campaign of a shop. {@link #promotionProperties()} is of the class matching {@link
 * #promotionType()} ({@link BasicPromotionProperties}, {@link ProductPromotionProperties}, {@link
 * BannerPromotionProperties}, or {@link OtherPromotionProperties} for a new type).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaign.class)
@JsonDeserialize(builder = ImmutableCampaign.Builder.class)
public interface Campaign {

  /** Returns a new builder of {@code Campaign}. */
  static ImmutableCampaign.Builder builder() {
    return ImmutableCampaign.builder();
  }

  /** Campaign UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** Campaign name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Whether the campaign is visible. */
  @JsonProperty("enabled")
  Optional<Boolean> enabled();

  /** When the campaign starts. */
  @JsonProperty("start_date")
  Optional<OffsetDateTime> startDate();

  /** When the campaign ends. */
  @JsonProperty("end_date")
  Optional<OffsetDateTime> endDate();

  /** Segment targeted. */
  @JsonProperty("segment")
  Optional<String> segment();

  /** Type of promotion. */
  @JsonProperty("promotion_type")
  Optional<PromotionType> promotionType();

  /** The promotion's properties, of the class matching {@link #promotionType()}. */
  @JsonProperty("promotion_properties")
  Optional<PromotionProperties> promotionProperties();

  /** Shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();

  /** Status of the campaign. */
  @JsonProperty("status")
  Optional<CampaignStatus> status();

  /** The discount attached to the campaign. */
  @JsonProperty("discount")
  Optional<Discount> discount();

  /**
   * Types the promotion properties by the promotion type; the builder calls it.
   *
   * @throws IllegalArgumentException if the properties belong to another promotion type
   */
  @Value.Check
  default Campaign normalize() {
    if (promotionType().isEmpty() || promotionProperties().isEmpty()) {
      return this;
    }
    PromotionProperties current = promotionProperties().get();
    PromotionProperties typed = Promotions.typed(promotionType().get(), current);
    return typed == current ? this : ImmutableCampaign.copyOf(this).withPromotionProperties(typed);
  }
}

package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Properties of a {@code basic} promotion: a title, an image and a call to action. */
@Value.Immutable
@JsonSerialize(as = ImmutableBasicPromotionProperties.class)
@JsonDeserialize(builder = ImmutableBasicPromotionProperties.Builder.class)
public interface BasicPromotionProperties extends PromotionProperties {

  /** Returns a new builder of {@code BasicPromotionProperties}. */
  static ImmutableBasicPromotionProperties.Builder builder() {
    return ImmutableBasicPromotionProperties.builder();
  }

  /** Always {@link PromotionType#BASIC}. */
  @Override
  @JsonIgnore
  default PromotionType promotionType() {
    return PromotionType.BASIC;
  }

  /** Campaign title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Promotion subtitle. */
  @JsonProperty("subtitle")
  Optional<String> subtitle();

  /** Call-to-action label. */
  @JsonProperty("cta_label")
  Optional<String> ctaLabel();

  /** Call-to-action URL. */
  @JsonProperty("cta_url")
  Optional<String> ctaUrl();

  /** Image URL (Karla uses a default image when absent). */
  @JsonProperty("image_url")
  Optional<String> imageUrl();

  /** Discount code added to the call-to-action URL (deprecated by Karla: attach a discount). */
  @JsonProperty("discount_code")
  Optional<String> discountCode();

  /** Translations of the texts. */
  @JsonProperty("translations")
  List<PromotionTranslation> translations();
}

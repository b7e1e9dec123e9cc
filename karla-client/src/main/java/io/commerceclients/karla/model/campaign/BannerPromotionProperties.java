package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Properties of a {@code banner} promotion. The reference names this shape without listing its
 * fields; this SDK reads it with the fields of a basic promotion.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBannerPromotionProperties.class)
@JsonDeserialize(builder = ImmutableBannerPromotionProperties.Builder.class)
public interface BannerPromotionProperties extends PromotionProperties {

  /** Returns a new builder of {@code BannerPromotionProperties}. */
  static ImmutableBannerPromotionProperties.Builder builder() {
    return ImmutableBannerPromotionProperties.builder();
  }

  /** Always {@link PromotionType#BANNER}. */
  @Override
  @JsonIgnore
  default PromotionType promotionType() {
    return PromotionType.BANNER;
  }

  /** Banner title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Banner subtitle. */
  @JsonProperty("subtitle")
  Optional<String> subtitle();

  /** Call-to-action label. */
  @JsonProperty("cta_label")
  Optional<String> ctaLabel();

  /** Call-to-action URL. */
  @JsonProperty("cta_url")
  Optional<String> ctaUrl();

  /** Image URL. */
  @JsonProperty("image_url")
  Optional<String> imageUrl();

  /** Translations of the texts. */
  @JsonProperty("translations")
  List<PromotionTranslation> translations();
}

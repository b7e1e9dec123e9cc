package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Properties of a {@code product} promotion: a list of recommended products. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductPromotionProperties.class)
@JsonDeserialize(builder = ImmutableProductPromotionProperties.Builder.class)
public interface ProductPromotionProperties extends PromotionProperties {

  /** Returns a new builder of {@code ProductPromotionProperties}. */
  static ImmutableProductPromotionProperties.Builder builder() {
    return ImmutableProductPromotionProperties.builder();
  }

  /** Always {@link PromotionType#PRODUCT}. */
  @Override
  @JsonIgnore
  default PromotionType promotionType() {
    return PromotionType.PRODUCT;
  }

  /** Campaign title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Call-to-action label (for example of the story widget). */
  @JsonProperty("cta_label")
  Optional<String> ctaLabel();

  /** Call-to-action URL. */
  @JsonProperty("cta_url")
  Optional<String> ctaUrl();

  /** The recommended products. */
  @JsonProperty("products")
  List<ProductRecommendation> products();

  /** Translations of the texts. */
  @JsonProperty("translations")
  List<PromotionTranslation> translations();
}

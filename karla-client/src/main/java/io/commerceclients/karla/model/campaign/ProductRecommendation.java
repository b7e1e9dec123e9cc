package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A product recommended by a product promotion. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductRecommendation.class)
@JsonDeserialize(builder = ImmutableProductRecommendation.Builder.class)
public interface ProductRecommendation {

  /** Returns a new builder of {@code ProductRecommendation}. */
  static ImmutableProductRecommendation.Builder builder() {
    return ImmutableProductRecommendation.builder();
  }

  /** Product URL (required when sent). */
  @JsonProperty("product_url")
  Optional<String> productUrl();

  /** Currency of the price (required when sent). */
  @JsonProperty("currency")
  Optional<String> currency();

  /** Title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Image URL. */
  @JsonProperty("image_url")
  Optional<String> imageUrl();

  /** Price. */
  @JsonProperty("price")
  Optional<BigDecimal> price();

  /** Promotion category. */
  @JsonProperty("category")
  Optional<ProductRecommendationCategory> category();

  /** Sale discount. */
  @JsonProperty("discount")
  Optional<ProductSaleDiscount> discount();

  /** Translations. */
  @JsonProperty("translations")
  List<ProductRecommendationTranslation> translations();

  /** SKU. */
  @JsonProperty("sku")
  Optional<String> sku();
}

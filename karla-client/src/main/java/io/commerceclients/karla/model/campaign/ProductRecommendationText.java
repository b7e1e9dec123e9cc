package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Translatable texts of a recommended product. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductRecommendationText.class)
@JsonDeserialize(builder = ImmutableProductRecommendationText.Builder.class)
public interface ProductRecommendationText {

  /** Returns a new builder of {@code ProductRecommendationText}. */
  static ImmutableProductRecommendationText.Builder builder() {
    return ImmutableProductRecommendationText.builder();
  }

  /** Title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Image URL. */
  @JsonProperty("image_url")
  Optional<String> imageUrl();

  /** Product URL. */
  @JsonProperty("product_url")
  Optional<String> productUrl();
}

package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Texts of a recommended product in one language. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductRecommendationTranslation.class)
@JsonDeserialize(builder = ImmutableProductRecommendationTranslation.Builder.class)
public interface ProductRecommendationTranslation {

  /** Returns a new builder of {@code ProductRecommendationTranslation}. */
  static ImmutableProductRecommendationTranslation.Builder builder() {
    return ImmutableProductRecommendationTranslation.builder();
  }

  /** Language of the translation. */
  @JsonProperty("language")
  Optional<String> language();

  /** The translated texts. */
  @JsonProperty("values")
  Optional<ProductRecommendationText> values();
}

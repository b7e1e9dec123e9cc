package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Texts of a promotion in one language. */
@Value.Immutable
@JsonSerialize(as = ImmutablePromotionTranslation.class)
@JsonDeserialize(builder = ImmutablePromotionTranslation.Builder.class)
public interface PromotionTranslation {

  /** Returns a new builder of {@code PromotionTranslation}. */
  static ImmutablePromotionTranslation.Builder builder() {
    return ImmutablePromotionTranslation.builder();
  }

  /** Language of the translation. */
  @JsonProperty("language")
  Optional<String> language();

  /** The translated texts. */
  @JsonProperty("values")
  Optional<PromotionText> values();
}

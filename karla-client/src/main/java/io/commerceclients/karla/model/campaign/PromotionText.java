package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Translatable texts of a promotion. */
@Value.Immutable
@JsonSerialize(as = ImmutablePromotionText.class)
@JsonDeserialize(builder = ImmutablePromotionText.Builder.class)
public interface PromotionText {

  /** Returns a new builder of {@code PromotionText}. */
  static ImmutablePromotionText.Builder builder() {
    return ImmutablePromotionText.builder();
  }

  /** Title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Subtitle. */
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
}

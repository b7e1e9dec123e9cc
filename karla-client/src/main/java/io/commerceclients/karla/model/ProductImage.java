package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An image of a product. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductImage.class)
@JsonDeserialize(builder = ImmutableProductImage.Builder.class)
public interface ProductImage {

  /** Returns a new builder of {@code ProductImage}. */
  static ImmutableProductImage.Builder builder() {
    return ImmutableProductImage.builder();
  }

  /** Source URL of the image (required when sent). */
  @JsonProperty("src")
  Optional<String> src();

  /** Alternative text of the image. */
  @JsonProperty("alt")
  Optional<String> alt();
}

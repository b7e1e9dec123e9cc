package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An image uploaded for a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableShopImage.class)
@JsonDeserialize(builder = ImmutableShopImage.Builder.class)
public interface ShopImage {

  /** Returns a new builder of {@code ShopImage}. */
  static ImmutableShopImage.Builder builder() {
    return ImmutableShopImage.builder();
  }

  /** Public URL of the uploaded image. */
  @JsonProperty("url")
  Optional<String> url();

  /** The kind of image. */
  @JsonProperty("image_type")
  Optional<ImageType> imageType();

  /** The shop the image belongs to. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();
}

package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A product item of a claim. */
@Value.Immutable
@JsonSerialize(as = ImmutableClaimItem.class)
@JsonDeserialize(builder = ImmutableClaimItem.Builder.class)
public interface ClaimItem {

  /** Returns a new builder of {@code ClaimItem}. */
  static ImmutableClaimItem.Builder builder() {
    return ImmutableClaimItem.builder();
  }

  /** Quantity (required when sent). */
  @JsonProperty("quantity")
  Optional<Long> quantity();

  /** SKU. */
  @JsonProperty("sku")
  Optional<String> sku();

  /** Product title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Price without discount and taxes. */
  @JsonProperty("net_price")
  Optional<BigDecimal> netPrice();

  /** Image URLs of the product. */
  @JsonProperty("image_urls")
  List<String> imageUrls();
}

package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A product inside a bundle. */
@Value.Immutable
@JsonSerialize(as = ImmutableBundledProduct.class)
@JsonDeserialize(builder = ImmutableBundledProduct.Builder.class)
public interface BundledProduct {

  /** Returns a new builder of {@code BundledProduct}. */
  static ImmutableBundledProduct.Builder builder() {
    return ImmutableBundledProduct.builder();
  }

  /** Product title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Quantity of products. */
  @JsonProperty("quantity")
  Optional<Long> quantity();

  /** Price of the product. */
  @JsonProperty("price")
  Optional<BigDecimal> price();

  /** Size of the product. */
  @JsonProperty("size")
  Optional<String> size();

  /** Images of the product. */
  @JsonProperty("images")
  List<ProductImage> images();

  /** SKU of the product. */
  @JsonProperty("sku")
  Optional<String> sku();

  /** Weight of the product in grams. */
  @JsonProperty("weight")
  Optional<BigDecimal> weight();

  /** Tax lines of the product. */
  @JsonProperty("tax_lines")
  List<TaxLine> taxLines();
}

package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A line item of an order or of a shipment. */
@Value.Immutable
@JsonSerialize(as = ImmutableProduct.class)
@JsonDeserialize(builder = ImmutableProduct.Builder.class)
public interface Product {

  /** Returns a new builder of {@code Product}. */
  static ImmutableProduct.Builder builder() {
    return ImmutableProduct.builder();
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

  /** Products inside this bundle. */
  @JsonProperty("bundled_products")
  List<BundledProduct> bundledProducts();

  /** UUID of the shipment this product belongs to. */
  @JsonProperty("shipment_id")
  Optional<String> shipmentId();

  /** Whether this is a single product or a bundle (Karla assumes product). */
  @JsonProperty("type")
  Optional<ProductType> type();
}

package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product (or product variant) to import; Kiliba creates it or fully overwrites the one with the
 * same {@code id} and {@code variantId}.
 *
 * <p>The fields documented as required are {@code Optional} here only because a deletion carries
 * nothing but the ids (see {@link #deletion(KilibaId)}); for any other product the import checks,
 * before sending, that {@code name}, {@code price}, {@code priceWithTax}, {@code quantity}, {@code
 * inStock}, {@code relativeUrl}, {@code absoluteUrl}, {@code categories}, {@code
 * defaultCategoryId}, {@code createdAt} and {@code updatedAt} are present.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProduct.class)
@JsonDeserialize(builder = ImmutableProduct.Builder.class)
public interface Product {

  /** The largest quantity Kiliba accepts (JavaScript's largest safe integer). */
  long MAX_QUANTITY = 9_007_199_254_740_991L;

  /** Returns a builder. */
  static ImmutableProduct.Builder builder() {
    return ImmutableProduct.builder();
  }

  /** Returns a deletion marker for a product: its id and {@code deleted: true}, nothing else. */
  static Product deletion(KilibaId id) {
    return builder().id(id).deleted(true).build();
  }

  /** Returns a deletion marker for one variant of a product. */
  static Product deletion(KilibaId id, KilibaId variantId) {
    return builder().id(id).variantId(variantId).deleted(true).build();
  }

  /** The product's id in your system; with {@link #variantId()} it forms the product's key. */
  KilibaId id();

  /** The variant's id in your system, for variations such as sizes or colours. */
  Optional<KilibaId> variantId();

  /** The product's SKU. */
  Optional<String> sku();

  /** The product's name by ISO 639-1 language code, for example {@code {"fr": "T-shirt"}}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> name();

  /** The product's description by ISO 639-1 language code. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> description();

  /** The price excluding tax, not negative (required unless deleted). */
  Optional<BigDecimal> price();

  /** The price including tax, not negative (required unless deleted). */
  Optional<BigDecimal> priceWithTax();

  /** Promotional prices. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Promotion> promotions();

  /** Whether Kiliba may recommend the product in its messages; the API defaults to true. */
  Optional<Boolean> canBeRecommended();

  /** The quantity in stock, 0 to 9007199254740991 (required unless deleted). */
  Optional<Long> quantity();

  /** Whether the product is in stock (required unless deleted). */
  Optional<Boolean> inStock();

  /** Whether Kiliba may recommend the product when out of stock; the API defaults to false. */
  Optional<Boolean> recommendIfOutOfStock();

  /**
   * The URL of the product's image. The reference gives no wire name for this field; {@code
   * imageUrl} is our reading and is provisional.
   */
  Optional<String> imageUrl();

  /** The product's URL relative to the shop (required unless deleted). */
  Optional<String> relativeUrl();

  /** The product's absolute URL (required unless deleted). */
  Optional<String> absoluteUrl();

  /** Whether this is the product's default variant; the API defaults to false. */
  @JsonProperty("isDefaultVariant")
  Optional<Boolean> isDefaultVariant();

  /** The ids of the imported categories of the product, at least one (unless deleted). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<KilibaId> categories();

  /** The id of the product's default category (required unless deleted). */
  Optional<KilibaId> defaultCategoryId();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();

  /** When the product was created (required unless deleted). */
  Optional<OffsetDateTime> createdAt();

  /** When the product was last updated (required unless deleted). */
  Optional<OffsetDateTime> updatedAt();

  /** True to delete the product; the API defaults to false. */
  Optional<Boolean> deleted();
}

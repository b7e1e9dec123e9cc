package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A discount of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscount.class)
@JsonDeserialize(builder = ImmutableDiscount.Builder.class)
public interface Discount {

  /** Returns a new builder of {@code Discount}. */
  static ImmutableDiscount.Builder builder() {
    return ImmutableDiscount.builder();
  }

  /** Discount UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** Promotion code. */
  @JsonProperty("code")
  Optional<String> code();

  /** How targets are selected. */
  @JsonProperty("target_selection")
  Optional<DiscountTargetSelection> targetSelection();

  /** Kind of target. */
  @JsonProperty("target_type")
  Optional<DiscountTargetType> targetType();

  /** Customer-facing name. */
  @JsonProperty("title")
  Optional<String> title();

  /** How the value is read. */
  @JsonProperty("value_type")
  Optional<DiscountValueType> valueType();

  /** The value. */
  @JsonProperty("value")
  Optional<BigDecimal> value();

  /** What the discount applies to. */
  @JsonProperty("type")
  Optional<DiscountType> type();

  /** Shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();
}

package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates a discount. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateDiscountRequest.class)
@JsonDeserialize(builder = ImmutableCreateDiscountRequest.Builder.class)
public interface CreateDiscountRequest {

  /** Returns a new builder of {@code CreateDiscountRequest}. */
  static ImmutableCreateDiscountRequest.Builder builder() {
    return ImmutableCreateDiscountRequest.builder();
  }

  /** What the discount applies to. */
  @JsonProperty("type")
  DiscountType type();

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
}

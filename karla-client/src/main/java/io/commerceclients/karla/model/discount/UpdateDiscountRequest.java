package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** Updates a discount; absent fields are left unchanged. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateDiscountRequest.class)
@JsonDeserialize(builder = ImmutableUpdateDiscountRequest.Builder.class)
public interface UpdateDiscountRequest {

  /** Returns a new builder of {@code UpdateDiscountRequest}. */
  static ImmutableUpdateDiscountRequest.Builder builder() {
    return ImmutableUpdateDiscountRequest.builder();
  }

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

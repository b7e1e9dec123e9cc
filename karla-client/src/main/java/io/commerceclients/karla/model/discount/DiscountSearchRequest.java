package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of a discount search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscountSearchRequest.class)
@JsonDeserialize(builder = ImmutableDiscountSearchRequest.Builder.class)
public interface DiscountSearchRequest {

  /** Returns a new builder of {@code DiscountSearchRequest}. */
  static ImmutableDiscountSearchRequest.Builder builder() {
    return ImmutableDiscountSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Discount UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Promotion code. */
  @JsonProperty("code")
  Optional<String> code();

  /** Target selection. */
  @JsonProperty("target_selection")
  Optional<DiscountTargetSelection> targetSelection();

  /** Target type. */
  @JsonProperty("target_type")
  Optional<DiscountTargetType> targetType();

  /** Title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Value type. */
  @JsonProperty("value_type")
  Optional<DiscountValueType> valueType();

  /** Value. */
  @JsonProperty("value")
  Optional<BigDecimal> value();

  /** Discount type. */
  @JsonProperty("type")
  Optional<DiscountType> type();
}

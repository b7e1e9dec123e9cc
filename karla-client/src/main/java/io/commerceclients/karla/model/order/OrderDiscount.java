package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A discount applied to an order. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderDiscount.class)
@JsonDeserialize(builder = ImmutableOrderDiscount.Builder.class)
public interface OrderDiscount {

  /** Returns a new builder of {@code OrderDiscount}. */
  static ImmutableOrderDiscount.Builder builder() {
    return ImmutableOrderDiscount.builder();
  }

  /** Code of the discount (required when sent). */
  @JsonProperty("code")
  Optional<String> code();

  /** Amount of the discount. */
  @JsonProperty("amount")
  Optional<String> amount();

  /** Type of the discount. */
  @JsonProperty("type")
  Optional<String> type();
}

package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A sale discount on a recommended product. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductSaleDiscount.class)
@JsonDeserialize(builder = ImmutableProductSaleDiscount.Builder.class)
public interface ProductSaleDiscount {

  /** Returns a new builder of {@code ProductSaleDiscount}. */
  static ImmutableProductSaleDiscount.Builder builder() {
    return ImmutableProductSaleDiscount.builder();
  }

  /** Kind of discount (required when sent). */
  @JsonProperty("category")
  Optional<DiscountCategory> category();

  /** Amount (required when sent). */
  @JsonProperty("amount")
  Optional<BigDecimal> amount();
}

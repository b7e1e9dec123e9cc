package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Kind of a product sale discount. Unknown values are kept as {@link #of(String)} instances. */
public final class DiscountCategory extends ExpandableEnum {
  private static final Registry<DiscountCategory> REGISTRY = new Registry<>(DiscountCategory::new);

  /** A percentage. */
  public static final DiscountCategory PERCENTAGE = REGISTRY.known("percentage");

  /** A fixed amount. */
  public static final DiscountCategory FIXED_AMOUNT = REGISTRY.known("fixed_amount");

  /** Free shipping. */
  public static final DiscountCategory FREE_SHIPPING = REGISTRY.known("free_shipping");

  private DiscountCategory(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static DiscountCategory of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<DiscountCategory> knownValues() {
    return REGISTRY.values();
  }
}

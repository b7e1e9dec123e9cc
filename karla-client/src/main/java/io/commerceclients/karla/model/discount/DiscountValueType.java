package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** How a discount value is read. Unknown values are kept as {@link #of(String)} instances. */
public final class DiscountValueType extends ExpandableEnum {
  private static final Registry<DiscountValueType> REGISTRY = new Registry<>(DiscountValueType::new);

  /** A percentage. */
  public static final DiscountValueType PERCENTAGE = REGISTRY.known("percentage");

  /** A fixed amount. */
  public static final DiscountValueType FIXED_AMOUNT = REGISTRY.known("fixed_amount");

  private DiscountValueType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static DiscountValueType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<DiscountValueType> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** What a discount applies to. Unknown values are kept as {@link #of(String)} instances. */
public final class DiscountType extends ExpandableEnum {
  private static final Registry<DiscountType> REGISTRY = new Registry<>(DiscountType::new);

  /** Products. */
  public static final DiscountType PRODUCT = REGISTRY.known("product");

  /** The whole order. */
  public static final DiscountType ORDER = REGISTRY.known("order");

  /** Shipping. */
  public static final DiscountType SHIPPING = REGISTRY.known("shipping");

  private DiscountType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static DiscountType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<DiscountType> knownValues() {
    return REGISTRY.values();
  }
}

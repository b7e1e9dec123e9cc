package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The kind of item a discount applies to. Unknown values are kept as {@link #of(String)} instances. */
public final class DiscountTargetType extends ExpandableEnum {
  private static final Registry<DiscountTargetType> REGISTRY = new Registry<>(DiscountTargetType::new);

  /** Line items. */
  public static final DiscountTargetType LINE_ITEM = REGISTRY.known("line_item");

  /** Shipping lines. */
  public static final DiscountTargetType SHIPPING_LINE = REGISTRY.known("shipping_line");

  private DiscountTargetType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static DiscountTargetType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<DiscountTargetType> knownValues() {
    return REGISTRY.values();
  }
}

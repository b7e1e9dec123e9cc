package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** How the discounted line items or shipping lines are selected. Unknown values are kept as {@link #of(String)} instances. */
public final class DiscountTargetSelection extends ExpandableEnum {
  private static final Registry<DiscountTargetSelection> REGISTRY = new Registry<>(DiscountTargetSelection::new);

  /** All of them. */
  public static final DiscountTargetSelection ALL = REGISTRY.known("all");

  /** A group. */
  public static final DiscountTargetSelection GROUP = REGISTRY.known("group");

  /** Specific ones. */
  public static final DiscountTargetSelection SPECIFIC = REGISTRY.known("specific");

  private DiscountTargetSelection(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static DiscountTargetSelection of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<DiscountTargetSelection> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Whether a line item is a single product or a bundle. Unknown values are kept as {@link #of(String)} instances. */
public final class ProductType extends ExpandableEnum {
  private static final Registry<ProductType> REGISTRY = new Registry<>(ProductType::new);

  /** A single product. */
  public static final ProductType PRODUCT = REGISTRY.known("product");

  /** A bundle of other products. */
  public static final ProductType BUNDLE = REGISTRY.known("bundle");

  private ProductType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ProductType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ProductType> knownValues() {
    return REGISTRY.values();
  }
}

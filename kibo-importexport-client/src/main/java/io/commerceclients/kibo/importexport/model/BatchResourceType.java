package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/**
 * The kind of resource a batch job item changes ({@code resourceType}); Kibo's spec names {@code
 * Products}, {@code ProductProperty} and {@code Pricelistentries}, spelled as here.
 */
public final class BatchResourceType extends ExpandableEnum {
  private static final Registry<BatchResourceType> REGISTRY = new Registry<>(BatchResourceType::new);

  /** Products. */
  public static final BatchResourceType PRODUCTS = REGISTRY.known("Products");

  /** Product properties. */
  public static final BatchResourceType PRODUCT_PROPERTY = REGISTRY.known("ProductProperty");

  /** Price list entries. */
  public static final BatchResourceType PRICE_LIST_ENTRIES = REGISTRY.known("Pricelistentries");

  private BatchResourceType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static BatchResourceType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<BatchResourceType> knownValues() {
    return REGISTRY.values();
  }
}

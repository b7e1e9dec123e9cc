package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The data domain a job works on ({@code domain} on the wire). */
public final class Domain extends ExpandableEnum {
  private static final Registry<Domain> REGISTRY = new Registry<>(Domain::new);

  /** Catalog data: attributes, product types, categories, products, locations, price lists. */
  public static final Domain CATALOG = REGISTRY.known("catalog");

  /** Customer data: segments, accounts, contacts, purchase-order accounts, store credits. */
  public static final Domain CUSTOMER = REGISTRY.known("customer");

  private Domain(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static Domain of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<Domain> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The data domain of a batch job ({@code BatchDomains} in Kibo's spec; only {@code Catalog} so far). */
public final class BatchDomain extends ExpandableEnum {
  private static final Registry<BatchDomain> REGISTRY = new Registry<>(BatchDomain::new);

  /** Catalog data: products, product properties, price list entries. */
  public static final BatchDomain CATALOG = REGISTRY.known("Catalog");

  private BatchDomain(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static BatchDomain of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<BatchDomain> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Promotion category of a recommended product. Unknown values are kept as {@link #of(String)} instances. */
public final class ProductRecommendationCategory extends ExpandableEnum {
  private static final Registry<ProductRecommendationCategory> REGISTRY = new Registry<>(ProductRecommendationCategory::new);

  /** On sale. */
  public static final ProductRecommendationCategory SALE = REGISTRY.known("sale");

  /** New. */
  public static final ProductRecommendationCategory NEW = REGISTRY.known("new");

  private ProductRecommendationCategory(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ProductRecommendationCategory of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ProductRecommendationCategory> knownValues() {
    return REGISTRY.values();
  }
}

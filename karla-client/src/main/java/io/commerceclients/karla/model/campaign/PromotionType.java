package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The kind of promotion a campaign shows; it decides the shape of the promotion properties. Unknown values are kept as {@link #of(String)} instances. */
public final class PromotionType extends ExpandableEnum {
  private static final Registry<PromotionType> REGISTRY = new Registry<>(PromotionType::new);

  /** Product recommendations. */
  public static final PromotionType PRODUCT = REGISTRY.known("product");

  /** A basic promotion (title, image, call to action). */
  public static final PromotionType BASIC = REGISTRY.known("basic");

  /** A banner. */
  public static final PromotionType BANNER = REGISTRY.known("banner");

  private PromotionType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static PromotionType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<PromotionType> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The kind of image uploaded for a shop. Unknown values are kept as {@link #of(String)} instances. */
public final class ImageType extends ExpandableEnum {
  private static final Registry<ImageType> REGISTRY = new Registry<>(ImageType::new);

  /** Background image. */
  public static final ImageType BACKGROUND = REGISTRY.known("background");

  /** Image used in claims. */
  public static final ImageType CLAIM = REGISTRY.known("claim");

  /** Logo. */
  public static final ImageType LOGO = REGISTRY.known("logo");

  /** Signature image. */
  public static final ImageType SIGNATURE = REGISTRY.known("signature");

  /** Product image. */
  public static final ImageType PRODUCT = REGISTRY.known("product");

  /** Voucher image. */
  public static final ImageType VOUCHER = REGISTRY.known("voucher");

  private ImageType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ImageType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ImageType> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The shop system a merchant runs on. Unknown values are kept as {@link #of(String)} instances. */
public final class ShopProvider extends ExpandableEnum {
  private static final Registry<ShopProvider> REGISTRY = new Registry<>(ShopProvider::new);

  /** Shopware. */
  public static final ShopProvider SHOPWARE = REGISTRY.known("shopware");

  /** Shopify. */
  public static final ShopProvider SHOPIFY = REGISTRY.known("shopify");

  private ShopProvider(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ShopProvider of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ShopProvider> knownValues() {
    return REGISTRY.values();
  }
}

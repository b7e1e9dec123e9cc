package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** A Shopify webhook topic Karla can subscribe to. Unknown values are kept as {@link #of(String)} instances. */
public final class ShopifyWebhookType extends ExpandableEnum {
  private static final Registry<ShopifyWebhookType> REGISTRY = new Registry<>(ShopifyWebhookType::new);

  /** An order was created. */
  public static final ShopifyWebhookType ORDER_CREATION = REGISTRY.known("order-creation");

  /** An order was fulfilled. */
  public static final ShopifyWebhookType ORDER_FULFILLMENT = REGISTRY.known("order-fulfillment");

  /** An order was partially fulfilled. */
  public static final ShopifyWebhookType ORDER_PARTIAL_FULFILLMENT = REGISTRY.known("order-partial-fulfillment");

  /** An order was updated. */
  public static final ShopifyWebhookType ORDER_UPDATE = REGISTRY.known("order-update");

  /** A fulfillment was updated. */
  public static final ShopifyWebhookType ORDER_FULFILLMENT_UPDATE = REGISTRY.known("order-fulfillment-update");

  private ShopifyWebhookType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ShopifyWebhookType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ShopifyWebhookType> knownValues() {
    return REGISTRY.values();
  }
}

package io.commerceclients.karla.shop;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import java.util.List;

/** The Shopify webhooks Karla registers for one shop. */
public interface ShopifyWebhooksService {

  /**
   * Returns one page of the shop's Shopify webhooks.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<ShopifyWebhook> list(PageRequest page);

  /** Returns all of the shop's Shopify webhooks, fetched lazily page by page. */
  PagedIterable<ShopifyWebhook> listAll();

  /**
   * Registers a Shopify webhook of {@code type} and returns it.
   *
   * @throws io.commerceclients.core.error.ConflictException if one of that type exists
   */
  ShopifyWebhook create(ShopifyWebhookType type);

  /**
   * Returns the Shopify webhook with this UUID.
   *
   * @throws io.commerceclients.core.error.NotFoundException if there is none
   */
  ShopifyWebhook get(String uuid);

  /**
   * Returns the Shopify webhook of {@code type} (provisional path).
   *
   * @throws io.commerceclients.core.error.NotFoundException if there is none
   */
  ShopifyWebhook get(ShopifyWebhookType type);

  /**
   * Deletes the Shopify webhook with this UUID.
   *
   * @throws io.commerceclients.core.error.NotFoundException if there is none
   */
  void delete(String uuid);

  /**
   * Deletes the Shopify webhook of {@code type} (provisional path).
   *
   * @throws io.commerceclients.core.error.NotFoundException if there is none
   */
  void delete(ShopifyWebhookType type);
}

package io.commerceclients.karla.shop;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ShopifyWebhooksService}: futures that fail with the exceptions
 * the blocking methods throw; cancelling one cancels its request.
 */
public interface ShopifyWebhooksServiceAsync {

  /** Returns one page of the shop's Shopify webhooks; as {@link ShopifyWebhooksService#list}. */
  CompletableFuture<List<ShopifyWebhook>> list(PageRequest page);

  /** Returns all of the shop's Shopify webhooks, fetched page by page without blocking. */
  AsyncPagedIterable<ShopifyWebhook> listAll();

  /** Registers a Shopify webhook of {@code type} and returns it; as {@link ShopifyWebhooksService#create}. */
  CompletableFuture<ShopifyWebhook> create(ShopifyWebhookType type);

  /** Returns the Shopify webhook with this UUID; as {@link ShopifyWebhooksService#get(String)}. */
  CompletableFuture<ShopifyWebhook> get(String uuid);

  /** Returns the Shopify webhook of {@code type}; as {@link ShopifyWebhooksService#get(ShopifyWebhookType)}. */
  CompletableFuture<ShopifyWebhook> get(ShopifyWebhookType type);

  /** Deletes the Shopify webhook with this UUID; as {@link ShopifyWebhooksService#delete(String)}. */
  CompletableFuture<Void> delete(String uuid);

  /** Deletes the Shopify webhook of {@code type}; as {@link ShopifyWebhooksService#delete(ShopifyWebhookType)}. */
  CompletableFuture<Void> delete(ShopifyWebhookType type);
}

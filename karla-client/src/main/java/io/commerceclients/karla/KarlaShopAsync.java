package io.commerceclients.karla;

import io.commerceclients.karla.announcement.AnnouncementsServiceAsync;
import io.commerceclients.karla.campaign.AbTestsServiceAsync;
import io.commerceclients.karla.campaign.CampaignsServiceAsync;
import io.commerceclients.karla.claim.ClaimsServiceAsync;
import io.commerceclients.karla.discount.DiscountsServiceAsync;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopKeys;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.order.OrdersServiceAsync;
import io.commerceclients.karla.order.ShipmentsServiceAsync;
import io.commerceclients.karla.shop.ImageUpload;
import io.commerceclients.karla.shop.ShopSettingsServiceAsync;
import io.commerceclients.karla.shop.ShopifyWebhooksServiceAsync;
import io.commerceclients.karla.webhook.WebhooksServiceAsync;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link KarlaShop}, from {@link KarlaAsyncClient#shop(String)}: each
 * operation returns at once a future that fails with the exception the blocking method throws.
 */
public interface KarlaShopAsync {

  /** Returns the shop's slug. */
  String slug();

  /** Returns the shop's details; as {@link KarlaShop#get}. */
  CompletableFuture<Shop> get();

  /** Updates the shop's fields that are present in {@code request}; as {@link KarlaShop#update}. */
  CompletableFuture<Void> update(UpdateShopRequest request);

  /** Deletes the shop; as {@link KarlaShop#delete}. */
  CompletableFuture<Void> delete();

  /** Stores the shop's Klaviyo private API key; as {@link KarlaShop#setKlaviyoKey}. */
  CompletableFuture<Void> setKlaviyoKey(String apiKey);

  /** Stores the shop's Shopify access token; as {@link KarlaShop#setShopifyAccessToken}. */
  CompletableFuture<Void> setShopifyAccessToken(String accessToken);

  /** Stores the shop's Shopware API credentials; as {@link KarlaShop#setShopwareCredentials}. */
  CompletableFuture<Void> setShopwareCredentials(ShopwareCredentials credentials);

  /** Returns the shop's integration keys, masked; as {@link KarlaShop#keys}. */
  CompletableFuture<ShopKeys> keys();

  /**
   * Uploads an image as one multipart part named {@code image}, streamed from its file or stream
   * while the request is sent (on OkHttp's thread, which reads the file or the caller's stream);
   * as {@link KarlaShop#uploadImage}. A stream upload is sent once and never retried.
   */
  CompletableFuture<ShopImage> uploadImage(ImageType type, ImageUpload image);

  /** Returns the shop's settings. */
  ShopSettingsServiceAsync settings();

  /** Returns the shop's orders and their shipments. */
  OrdersServiceAsync orders();

  /** Returns the shop's shipments (carrier events). */
  ShipmentsServiceAsync shipments();

  /** Returns the shop's claims. */
  ClaimsServiceAsync claims();

  /** Returns the shop's campaigns. */
  CampaignsServiceAsync campaigns();

  /** Returns the shop's A/B tests. */
  AbTestsServiceAsync abTests();

  /** Returns the shop's announcements. */
  AnnouncementsServiceAsync announcements();

  /** Returns the shop's discounts. */
  DiscountsServiceAsync discounts();

  /** Returns the shop's webhook endpoints. */
  WebhooksServiceAsync webhooks();

  /** Returns the Shopify webhooks Karla registered for the shop. */
  ShopifyWebhooksServiceAsync shopifyWebhooks();
}

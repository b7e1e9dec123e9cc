package io.commerceclients.karla;

import io.commerceclients.karla.announcement.AnnouncementsService;
import io.commerceclients.karla.campaign.AbTestsService;
import io.commerceclients.karla.campaign.CampaignsService;
import io.commerceclients.karla.claim.ClaimsService;
import io.commerceclients.karla.discount.DiscountsService;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopKeys;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.order.OrdersService;
import io.commerceclients.karla.order.ShipmentsService;
import io.commerceclients.karla.shop.ImageUpload;
import io.commerceclients.karla.shop.ShopSettingsService;
import io.commerceclients.karla.shop.ShopifyWebhooksService;
import io.commerceclients.karla.webhook.WebhooksService;

/**
 * One shop of Karla and everything scoped to it; from {@link KarlaClient#shop(String)}. Instances
 * are cheap, immutable and share the client's connections.
 */
public interface KarlaShop {

  /** Returns the shop's slug. */
  String slug();

  /**
   * Returns the shop's details.
   *
   * @throws io.commerceclients.core.error.NotFoundException if the shop does not exist
   */
  Shop get();

  /**
   * Updates the shop's fields that are present in {@code request}.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a URL is not an absolute http(s) URL
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  void update(UpdateShopRequest request);

  /**
   * Deletes the shop.
   *
   * @throws io.commerceclients.core.error.NotFoundException if the shop does not exist
   */
  void delete();

  /**
   * Stores the shop's Klaviyo private API key.
   *
   * @throws io.commerceclients.core.validation.ValidationException if it is not 16..128 characters
   */
  void setKlaviyoKey(String apiKey);

  /**
   * Stores the shop's Shopify access token.
   *
   * @throws io.commerceclients.core.validation.ValidationException if it is not 16..128 characters
   */
  void setShopifyAccessToken(String accessToken);

  /**
   * Stores the shop's Shopware API credentials.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the client id is blank
   */
  void setShopwareCredentials(ShopwareCredentials credentials);

  /**
   * Returns the shop's integration keys, masked (provisional path).
   *
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  ShopKeys keys();

  /**
   * Uploads an image of {@code type} as one multipart part named {@code image}, streamed from the
   * file or stream of {@code image}, and returns where Karla stored it.
   *
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  ShopImage uploadImage(ImageType type, ImageUpload image);

  /** Returns the shop's settings. */
  ShopSettingsService settings();

  /** Returns the shop's orders and their shipments. */
  OrdersService orders();

  /** Returns the shop's shipments (carrier events). */
  ShipmentsService shipments();

  /** Returns the shop's claims. */
  ClaimsService claims();

  /** Returns the shop's campaigns. */
  CampaignsService campaigns();

  /** Returns the shop's A/B tests. */
  AbTestsService abTests();

  /** Returns the shop's announcements. */
  AnnouncementsService announcements();

  /** Returns the shop's discounts. */
  DiscountsService discounts();

  /** Returns the shop's webhook endpoints. */
  WebhooksService webhooks();

  /** Returns the Shopify webhooks Karla registered for the shop. */
  ShopifyWebhooksService shopifyWebhooks();
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.announcement.AnnouncementsService;
import io.commerceclients.karla.campaign.AbTestsService;
import io.commerceclients.karla.campaign.CampaignsService;
import io.commerceclients.karla.claim.ClaimsService;
import io.commerceclients.karla.discount.DiscountsService;
import io.commerceclients.karla.model.shop.ApiKeyRequest;
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

/** One shop: its own operations, and its scoped services. */
final class DefaultKarlaShop extends ShopScoped implements KarlaShop {

  DefaultKarlaShop(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public Shop get() {
    return transport.execute(api.getShop(slug));
  }

  @Override
  public void update(UpdateShopRequest request) {
    Validation.shop(request);
    transport.execute(api.updateShop(slug, request));
  }

  @Override
  public void delete() {
    transport.execute(api.deleteShop(slug));
  }

  @Override
  public void setKlaviyoKey(String apiKey) {
    Validation.integrationKey(apiKey, "apiKey");
    transport.execute(api.setKlaviyoKey(slug, ApiKeyRequest.builder().apiKey(apiKey).build()));
  }

  @Override
  public void setShopifyAccessToken(String accessToken) {
    Validation.integrationKey(accessToken, "accessToken");
    transport.execute(api.setShopifyToken(slug, ApiKeyRequest.builder().apiKey(accessToken).build()));
  }

  @Override
  public void setShopwareCredentials(ShopwareCredentials credentials) {
    Check.notBlank(credentials.clientId(), "clientId");
    transport.execute(api.setShopwareCredentials(slug, credentials));
  }

  @Override
  public ShopKeys keys() {
    return transport.execute(api.listKeys(slug));
  }

  @Override
  public ShopImage uploadImage(ImageType type, ImageUpload image) {
    Check.required(type, "type");
    Check.required(image, "image");
    return transport.execute(api.uploadImage(slug, type.value(), ImageParts.of(image)));
  }

  @Override
  public ShopSettingsService settings() {
    return new ShopSettingsImpl(transport, api, slug);
  }

  @Override
  public OrdersService orders() {
    return new OrdersImpl(transport, api, slug);
  }

  @Override
  public ShipmentsService shipments() {
    return (shipmentId, request) -> {
      Check.notBlank(shipmentId, "shipmentId");
      Check.notBlank(request.externalId(), "externalId");
      transport.execute(api.createShipmentEvent(slug, shipmentId, request));
    };
  }

  @Override
  public ClaimsService claims() {
    return new ClaimsImpl(transport, api, slug);
  }

  @Override
  public CampaignsService campaigns() {
    return new CampaignsImpl(transport, api, slug);
  }

  @Override
  public AbTestsService abTests() {
    return new AbTestsImpl(transport, api, slug);
  }

  @Override
  public AnnouncementsService announcements() {
    return new AnnouncementsImpl(transport, api, slug);
  }

  @Override
  public DiscountsService discounts() {
    return new DiscountsImpl(transport, api, slug);
  }

  @Override
  public WebhooksService webhooks() {
    return new WebhooksImpl(transport, api, slug);
  }

  @Override
  public ShopifyWebhooksService shopifyWebhooks() {
    return new ShopifyWebhooksImpl(transport, api, slug);
  }

  @Override
  public String toString() {
    return "KarlaShop{" + slug + "}";
  }
}

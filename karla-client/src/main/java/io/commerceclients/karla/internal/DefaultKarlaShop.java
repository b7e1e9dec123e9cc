package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.karla.KarlaShop;
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

/** One shop, blocking: runs the {@link ShopCalls}, and creates its scoped services. */
final class DefaultKarlaShop implements KarlaShop {

  private final ApiTransport transport;
  private final KarlaApi api;
  private final String slug;
  private final ShopCalls calls;

  DefaultKarlaShop(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.api = api;
    this.slug = slug;
    this.calls = new ShopCalls(api, slug);
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public Shop get() {
    return transport.execute(calls.get());
  }

  @Override
  public void update(UpdateShopRequest request) {
    transport.execute(calls.update(request));
  }

  @Override
  public void delete() {
    transport.execute(calls.delete());
  }

  @Override
  public void setKlaviyoKey(String apiKey) {
    transport.execute(calls.setKlaviyoKey(apiKey));
  }

  @Override
  public void setShopifyAccessToken(String accessToken) {
    transport.execute(calls.setShopifyAccessToken(accessToken));
  }

  @Override
  public void setShopwareCredentials(ShopwareCredentials credentials) {
    transport.execute(calls.setShopwareCredentials(credentials));
  }

  @Override
  public ShopKeys keys() {
    return transport.execute(calls.keys());
  }

  @Override
  public ShopImage uploadImage(ImageType type, ImageUpload image) {
    return transport.execute(calls.uploadImage(type, image));
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
    ShipmentsCalls shipments = new ShipmentsCalls(api, slug);
    return (shipmentId, request) -> transport.execute(shipments.addEvent(shipmentId, request));
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

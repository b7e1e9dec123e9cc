package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.karla.KarlaShopAsync;
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

/** One shop, asynchronous: runs the {@link ShopCalls}, and creates its scoped services. */
final class DefaultKarlaShopAsync implements KarlaShopAsync {

  private final ApiTransport transport;
  private final KarlaApi api;
  private final String slug;
  private final ShopCalls calls;

  DefaultKarlaShopAsync(ApiTransport transport, KarlaApi api, String slug) {
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
  public CompletableFuture<Shop> get() {
    return Async.supply(() -> transport.executeAsync(calls.get()));
  }

  @Override
  public CompletableFuture<Void> update(UpdateShopRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.update(request)));
  }

  @Override
  public CompletableFuture<Void> delete() {
    return Async.supply(() -> transport.executeAsync(calls.delete()));
  }

  @Override
  public CompletableFuture<Void> setKlaviyoKey(String apiKey) {
    return Async.supply(() -> transport.executeAsync(calls.setKlaviyoKey(apiKey)));
  }

  @Override
  public CompletableFuture<Void> setShopifyAccessToken(String accessToken) {
    return Async.supply(() -> transport.executeAsync(calls.setShopifyAccessToken(accessToken)));
  }

  @Override
  public CompletableFuture<Void> setShopwareCredentials(ShopwareCredentials credentials) {
    return Async.supply(() -> transport.executeAsync(calls.setShopwareCredentials(credentials)));
  }

  @Override
  public CompletableFuture<ShopKeys> keys() {
    return Async.supply(() -> transport.executeAsync(calls.keys()));
  }

  @Override
  public CompletableFuture<ShopImage> uploadImage(ImageType type, ImageUpload image) {
    return Async.supply(() -> transport.executeAsync(calls.uploadImage(type, image)));
  }

  @Override
  public ShopSettingsServiceAsync settings() {
    return new ShopSettingsAsyncImpl(transport, api, slug);
  }

  @Override
  public OrdersServiceAsync orders() {
    return new OrdersAsyncImpl(transport, api, slug);
  }

  @Override
  public ShipmentsServiceAsync shipments() {
    ShipmentsCalls shipments = new ShipmentsCalls(api, slug);
    return (shipmentId, request) -> Async.supply(() -> transport.executeAsync(shipments.addEvent(shipmentId, request)));
  }

  @Override
  public ClaimsServiceAsync claims() {
    return new ClaimsAsyncImpl(transport, api, slug);
  }

  @Override
  public CampaignsServiceAsync campaigns() {
    return new CampaignsAsyncImpl(transport, api, slug);
  }

  @Override
  public AbTestsServiceAsync abTests() {
    return new AbTestsAsyncImpl(transport, api, slug);
  }

  @Override
  public AnnouncementsServiceAsync announcements() {
    return new AnnouncementsAsyncImpl(transport, api, slug);
  }

  @Override
  public DiscountsServiceAsync discounts() {
    return new DiscountsAsyncImpl(transport, api, slug);
  }

  @Override
  public WebhooksServiceAsync webhooks() {
    return new WebhooksAsyncImpl(transport, api, slug);
  }

  @Override
  public ShopifyWebhooksServiceAsync shopifyWebhooks() {
    return new ShopifyWebhooksAsyncImpl(transport, api, slug);
  }

  @Override
  public String toString() {
    return "KarlaShopAsync{" + slug + "}";
  }
}

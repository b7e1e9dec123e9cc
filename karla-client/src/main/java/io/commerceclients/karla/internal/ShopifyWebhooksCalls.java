package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.shop.CreateShopifyWebhookRequest;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import java.util.List;
import retrofit2.Call;

/** The Shopify webhook operations of one shop, run by {@link ShopifyWebhooksImpl} and {@link ShopifyWebhooksAsyncImpl}. */
final class ShopifyWebhooksCalls extends ShopScoped {

  ShopifyWebhooksCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<ShopifyWebhook>> list(PageRequest page) {
    return api.searchShopifyWebhooks(slug, Listing.query(page));
  }

  Listing.Pages<ShopifyWebhook> listAll() {
    return Listing.pages(null, query -> api.searchShopifyWebhooks(slug, query));
  }

  Call<ShopifyWebhook> create(ShopifyWebhookType type) {
    Check.required(type, "type");
    return api.createShopifyWebhook(slug, CreateShopifyWebhookRequest.builder().webhookType(type).build());
  }

  Call<ShopifyWebhook> get(String uuid) {
    return api.getShopifyWebhook(slug, Check.pathSegment(uuid, "uuid"));
  }

  Call<ShopifyWebhook> get(ShopifyWebhookType type) {
    return api.getShopifyWebhookByType(slug, Check.pathSegment(Check.required(type, "type").value(), "type"));
  }

  Call<Void> delete(String uuid) {
    return api.deleteShopifyWebhook(slug, Check.pathSegment(uuid, "uuid"));
  }

  Call<Void> delete(ShopifyWebhookType type) {
    return api.deleteShopifyWebhookByType(slug, Check.pathSegment(Check.required(type, "type").value(), "type"));
  }
}

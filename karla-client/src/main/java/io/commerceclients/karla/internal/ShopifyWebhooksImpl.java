package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.shop.CreateShopifyWebhookRequest;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.shop.ShopifyWebhooksService;
import java.util.List;

final class ShopifyWebhooksImpl extends ShopScoped implements ShopifyWebhooksService {

  ShopifyWebhooksImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<ShopifyWebhook> list(PageRequest page) {
    return Listing.page(transport, api.searchShopifyWebhooks(slug, Listing.query(page)));
  }

  @Override
  public PagedIterable<ShopifyWebhook> listAll() {
    return Listing.all(transport, null, query -> api.searchShopifyWebhooks(slug, query));
  }

  @Override
  public ShopifyWebhook create(ShopifyWebhookType type) {
    Check.required(type, "type");
    return transport.execute(
        api.createShopifyWebhook(slug, CreateShopifyWebhookRequest.builder().webhookType(type).build()));
  }

  @Override
  public ShopifyWebhook get(String uuid) {
    return transport.execute(api.getShopifyWebhook(slug, Check.notBlank(uuid, "uuid")));
  }

  @Override
  public ShopifyWebhook get(ShopifyWebhookType type) {
    return transport.execute(api.getShopifyWebhookByType(slug, Check.required(type, "type").value()));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(api.deleteShopifyWebhook(slug, Check.notBlank(uuid, "uuid")));
  }

  @Override
  public void delete(ShopifyWebhookType type) {
    transport.execute(api.deleteShopifyWebhookByType(slug, Check.required(type, "type").value()));
  }
}

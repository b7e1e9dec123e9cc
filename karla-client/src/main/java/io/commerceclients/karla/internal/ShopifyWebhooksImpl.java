package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.shop.ShopifyWebhooksService;
import java.util.List;

/** Runs the {@link ShopifyWebhooksCalls} blocking. */
final class ShopifyWebhooksImpl implements ShopifyWebhooksService {

  private final ApiTransport transport;
  private final ShopifyWebhooksCalls calls;

  ShopifyWebhooksImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new ShopifyWebhooksCalls(api, slug);
  }

  @Override
  public List<ShopifyWebhook> list(PageRequest page) {
    return Listing.page(transport, calls.list(page));
  }

  @Override
  public PagedIterable<ShopifyWebhook> listAll() {
    return Listing.all(transport, calls.listAll());
  }

  @Override
  public ShopifyWebhook create(ShopifyWebhookType type) {
    return transport.execute(calls.create(type));
  }

  @Override
  public ShopifyWebhook get(String uuid) {
    return transport.execute(calls.get(uuid));
  }

  @Override
  public ShopifyWebhook get(ShopifyWebhookType type) {
    return transport.execute(calls.get(type));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(calls.delete(uuid));
  }

  @Override
  public void delete(ShopifyWebhookType type) {
    transport.execute(calls.delete(type));
  }
}

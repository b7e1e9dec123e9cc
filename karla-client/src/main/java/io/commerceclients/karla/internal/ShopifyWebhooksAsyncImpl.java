package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.shop.ShopifyWebhooksServiceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link ShopifyWebhooksCalls} asynchronously. */
final class ShopifyWebhooksAsyncImpl implements ShopifyWebhooksServiceAsync {

  private final ApiTransport transport;
  private final ShopifyWebhooksCalls calls;

  ShopifyWebhooksAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new ShopifyWebhooksCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<ShopifyWebhook>> list(PageRequest page) {
    return Listing.pageAsync(transport, () -> calls.list(page));
  }

  @Override
  public AsyncPagedIterable<ShopifyWebhook> listAll() {
    return Listing.allAsync(transport, calls::listAll);
  }

  @Override
  public CompletableFuture<ShopifyWebhook> create(ShopifyWebhookType type) {
    return Async.supply(() -> transport.executeAsync(calls.create(type)));
  }

  @Override
  public CompletableFuture<ShopifyWebhook> get(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.get(uuid)));
  }

  @Override
  public CompletableFuture<ShopifyWebhook> get(ShopifyWebhookType type) {
    return Async.supply(() -> transport.executeAsync(calls.get(type)));
  }

  @Override
  public CompletableFuture<Void> delete(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.delete(uuid)));
  }

  @Override
  public CompletableFuture<Void> delete(ShopifyWebhookType type) {
    return Async.supply(() -> transport.executeAsync(calls.delete(type)));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import io.commerceclients.karla.shop.ShopsServiceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link ShopsCalls} asynchronously. */
final class ShopsAsyncImpl implements ShopsServiceAsync {

  private final ApiTransport transport;
  private final ShopsCalls calls;

  ShopsAsyncImpl(ApiTransport transport, KarlaApi api) {
    this.transport = transport;
    this.calls = new ShopsCalls(api);
  }

  @Override
  public CompletableFuture<List<Shop>> search(ShopSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Shop> searchAll(ShopSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Void> create(CreateShopRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }
}

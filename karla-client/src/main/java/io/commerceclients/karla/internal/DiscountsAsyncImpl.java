package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.discount.DiscountsServiceAsync;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link DiscountsCalls} asynchronously. */
final class DiscountsAsyncImpl implements DiscountsServiceAsync {

  private final ApiTransport transport;
  private final DiscountsCalls calls;

  DiscountsAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new DiscountsCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<Discount>> search(DiscountSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Discount> searchAll(DiscountSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Void> create(CreateDiscountRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<Void> update(String uuid, UpdateDiscountRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.update(uuid, request)));
  }

  @Override
  public CompletableFuture<Void> delete(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.delete(uuid)));
  }
}

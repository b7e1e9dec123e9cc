package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.discount.DealsServiceAsync;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.Deal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link DealsCalls} asynchronously. */
final class DealsAsyncImpl implements DealsServiceAsync {

  private final ApiTransport transport;
  private final DealsCalls calls;

  DealsAsyncImpl(ApiTransport transport, KarlaApi api) {
    this.transport = transport;
    this.calls = new DealsCalls(api);
  }

  @Override
  public CompletableFuture<List<Deal>> list(PageRequest page) {
    return Listing.pageAsync(transport, () -> calls.list(page));
  }

  @Override
  public AsyncPagedIterable<Deal> listAll() {
    return Listing.allAsync(transport, calls::listAll);
  }

  @Override
  public CompletableFuture<Void> create(CreateDealRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }
}

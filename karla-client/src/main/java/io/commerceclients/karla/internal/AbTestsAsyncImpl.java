package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.campaign.AbTestsServiceAsync;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link AbTestsCalls} asynchronously. */
final class AbTestsAsyncImpl implements AbTestsServiceAsync {

  private final ApiTransport transport;
  private final AbTestsCalls calls;

  AbTestsAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new AbTestsCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<AbTest>> list(PageRequest page) {
    return Listing.pageAsync(transport, () -> calls.list(page));
  }

  @Override
  public AsyncPagedIterable<AbTest> listAll() {
    return Listing.allAsync(transport, calls::listAll);
  }

  @Override
  public CompletableFuture<AbTest> create(CreateAbTestRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<AbTest> get(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.get(uuid)));
  }

  @Override
  public CompletableFuture<AbTest> end(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.end(uuid)));
  }
}

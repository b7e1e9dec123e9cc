package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.claim.ClaimsServiceAsync;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link ClaimsCalls} asynchronously. */
final class ClaimsAsyncImpl implements ClaimsServiceAsync {

  private final ApiTransport transport;
  private final ClaimsCalls calls;

  ClaimsAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new ClaimsCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<Claim>> search(ClaimSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Claim> searchAll(ClaimSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Claim> create(CreateClaimRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<Claim> update(String uuid, UpdateClaimRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.update(uuid, request)));
  }

  @Override
  public CompletableFuture<Void> delete(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.delete(uuid)));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.campaign.CampaignsServiceAsync;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link CampaignsCalls} asynchronously. */
final class CampaignsAsyncImpl implements CampaignsServiceAsync {

  private final ApiTransport transport;
  private final CampaignsCalls calls;

  CampaignsAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new CampaignsCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<Campaign>> search(CampaignSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Campaign> searchAll(CampaignSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Campaign> create(CampaignRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<Campaign> replace(String uuid, CampaignRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.replace(uuid, request)));
  }

  @Override
  public CompletableFuture<Void> delete(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.delete(uuid)));
  }

  @Override
  public CompletableFuture<Campaign> getByOrderNumber(String orderNumber) {
    return Async.supply(() -> transport.executeAsync(calls.getByOrderNumber(orderNumber)));
  }
}

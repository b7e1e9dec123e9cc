package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.campaign.CampaignsService;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import java.util.List;

/** Runs the {@link CampaignsCalls} blocking. */
final class CampaignsImpl implements CampaignsService {

  private final ApiTransport transport;
  private final CampaignsCalls calls;

  CampaignsImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new CampaignsCalls(api, slug);
  }

  @Override
  public List<Campaign> search(CampaignSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Campaign> searchAll(CampaignSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public Campaign create(CampaignRequest request) {
    return transport.execute(calls.create(request));
  }

  @Override
  public Campaign replace(String uuid, CampaignRequest request) {
    return transport.execute(calls.replace(uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(calls.delete(uuid));
  }

  @Override
  public Campaign getByOrderNumber(String orderNumber) {
    return transport.execute(calls.getByOrderNumber(orderNumber));
  }
}

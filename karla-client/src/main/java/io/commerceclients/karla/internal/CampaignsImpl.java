package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.campaign.CampaignsService;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import java.util.List;

final class CampaignsImpl extends ShopScoped implements CampaignsService {

  CampaignsImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<Campaign> search(CampaignSearchRequest request) {
    return Listing.page(transport, api.searchCampaigns(slug, Listing.query(request)));
  }

  @Override
  public PagedIterable<Campaign> searchAll(CampaignSearchRequest request) {
    return Listing.all(transport, request, query -> api.searchCampaigns(slug, query));
  }

  @Override
  public Campaign create(CampaignRequest request) {
    Validation.campaign(request);
    return transport.execute(api.createCampaign(slug, request));
  }

  @Override
  public Campaign replace(String uuid, CampaignRequest request) {
    Check.notBlank(uuid, "uuid");
    Validation.campaign(request);
    return transport.execute(api.updateCampaign(slug, uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(api.deleteCampaign(slug, Check.notBlank(uuid, "uuid")));
  }

  @Override
  public Campaign getByOrderNumber(String orderNumber) {
    return transport.execute(
        api.getCampaignByOrderNumber(slug, Check.notBlank(orderNumber, "orderNumber")));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import java.util.List;
import retrofit2.Call;

/** The campaigns operations of one shop, run by {@link CampaignsImpl} and {@link CampaignsAsyncImpl}. */
final class CampaignsCalls extends ShopScoped {

  CampaignsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<Campaign>> search(CampaignSearchRequest request) {
    return api.searchCampaigns(slug, Listing.query(request));
  }

  Listing.Pages<Campaign> searchAll(CampaignSearchRequest request) {
    return Listing.pages(request, query -> api.searchCampaigns(slug, query));
  }

  Call<Campaign> create(CampaignRequest request) {
    Check.required(request, "request");
    Validation.campaign(request);
    return api.createCampaign(slug, request);
  }

  Call<Campaign> replace(String uuid, CampaignRequest request) {
    Check.pathSegment(uuid, "uuid");
    Check.required(request, "request");
    Validation.campaign(request);
    return api.updateCampaign(slug, uuid, request);
  }

  Call<Void> delete(String uuid) {
    return api.deleteCampaign(slug, Check.pathSegment(uuid, "uuid"));
  }

  Call<Campaign> getByOrderNumber(String orderNumber) {
    return api.getCampaignByOrderNumber(slug, Check.pathSegment(orderNumber, "orderNumber"));
  }
}

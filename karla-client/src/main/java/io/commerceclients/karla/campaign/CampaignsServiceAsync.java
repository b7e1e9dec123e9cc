package io.commerceclients.karla.campaign;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link CampaignsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface CampaignsServiceAsync {

  /** Returns one page of the campaigns matching the request's filters; as {@link CampaignsService#search}. */
  CompletableFuture<List<Campaign>> search(CampaignSearchRequest request);

  /** Returns every campaign matching the filters, fetched page by page without blocking. */
  AsyncPagedIterable<Campaign> searchAll(CampaignSearchRequest request);

  /** Creates a campaign and returns it; as {@link CampaignsService#create}. */
  CompletableFuture<Campaign> create(CampaignRequest request);

  /** Replaces every field of a campaign and returns it; as {@link CampaignsService#replace}. */
  CompletableFuture<Campaign> replace(String uuid, CampaignRequest request);

  /** Deletes a campaign; as {@link CampaignsService#delete}. */
  CompletableFuture<Void> delete(String uuid);

  /** Returns the campaign shown for an order; as {@link CampaignsService#getByOrderNumber}. */
  CompletableFuture<Campaign> getByOrderNumber(String orderNumber);
}

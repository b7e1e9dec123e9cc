package io.commerceclients.karla.campaign;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import java.util.List;

/** The campaigns of one shop. */
public interface CampaignsService {

  /**
   * Returns one page of the campaigns matching the request's filters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Campaign> search(CampaignSearchRequest request);

  /** Returns every campaign matching the filters, fetched lazily page by page. */
  PagedIterable<Campaign> searchAll(CampaignSearchRequest request);

  /**
   * Creates a campaign and returns it.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the name or segment is blank,
   *     or the promotion properties lack a field Karla requires (a recommended product's
   *     productUrl or currency, a discount's category or amount, a translation's language or values)
   * @throws io.commerceclients.core.error.ConflictException if it exists ({@code campaign_exists})
   */
  Campaign create(CampaignRequest request);

  /**
   * Replaces every field of a campaign and returns it.
   *
   * @throws io.commerceclients.core.validation.ValidationException as {@link #create}
   * @throws io.commerceclients.core.error.NotFoundException if the campaign does not exist
   */
  Campaign replace(String uuid, CampaignRequest request);

  /**
   * Deletes a campaign.
   *
   * @throws io.commerceclients.core.error.NotFoundException if the campaign does not exist
   */
  void delete(String uuid);

  /**
   * Returns the campaign shown for an order (provisional path).
   *
   * @throws io.commerceclients.core.error.NotFoundException if the order has no campaign
   */
  Campaign getByOrderNumber(String orderNumber);
}

package io.commerceclients.karla.campaign;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import java.util.List;

/** The A/B tests of one shop's campaigns (all paths provisional). */
public interface AbTestsService {

  /**
   * Returns one page of the shop's A/B tests.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<AbTest> list(PageRequest page);

  /** Returns all of the shop's A/B tests, fetched lazily page by page. */
  PagedIterable<AbTest> listAll();

  /**
   * Creates an A/B test and returns it.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the name or segment is blank,
   *     holdoutPercentage or an allocation is outside 0..100, or a campaign has no campaignId
   * @throws io.commerceclients.core.error.ConflictException if it exists
   */
  AbTest create(CreateAbTestRequest request);

  /**
   * Returns an A/B test.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  AbTest get(String uuid);

  /**
   * Ends an A/B test now and returns it.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  AbTest end(String uuid);
}

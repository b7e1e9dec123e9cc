package io.commerceclients.karla.discount;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.Deal;
import java.util.List;

/** Deals, across shops (provisional paths: the reference gives them no shop slug). */
public interface DealsService {

  /**
   * Returns one page of deals.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Deal> list(PageRequest page);

  /** Returns every deal, fetched lazily page by page. */
  PagedIterable<Deal> listAll();

  /**
   * Creates a deal.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the shop or discount id is blank
   */
  void create(CreateDealRequest request);
}

package io.commerceclients.karla.discount;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import java.util.List;

/** The discounts of one shop. */
public interface DiscountsService {

  /**
   * Returns one page of the discounts matching the request's filters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Discount> search(DiscountSearchRequest request);

  /** Returns every discount matching the filters, fetched lazily page by page. */
  PagedIterable<Discount> searchAll(DiscountSearchRequest request);

  /**
   * Creates a discount (Karla returns nothing; search by code to find it).
   *
   * @throws io.commerceclients.core.error.ConflictException if it exists
   */
  void create(CreateDiscountRequest request);

  /**
   * Updates a discount.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  void update(String uuid, UpdateDiscountRequest request);

  /**
   * Deletes a discount.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  void delete(String uuid);
}

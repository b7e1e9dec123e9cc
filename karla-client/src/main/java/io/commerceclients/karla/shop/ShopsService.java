package io.commerceclients.karla.shop;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import java.util.List;

/**
 * Searching and creating shops. Everything about one shop is on {@link
 * io.commerceclients.karla.KarlaShop}, from {@code client.shop(slug)}.
 */
public interface ShopsService {

  /**
   * Returns one page of the shops matching the request's filters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Shop> search(ShopSearchRequest request);

  /**
   * Returns every shop matching the filters, fetched lazily page by page from the request's page
   * (default 1) with its perPage (default 100).
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   */
  PagedIterable<Shop> searchAll(ShopSearchRequest request);

  /**
   * Creates a shop.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a required field is blank or a URL is invalid
   * @throws io.commerceclients.core.error.ConflictException if the slug exists ({@code shop_exists})
   */
  void create(CreateShopRequest request);
}

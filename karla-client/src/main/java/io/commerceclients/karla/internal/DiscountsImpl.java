package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.discount.DiscountsService;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import java.util.List;

final class DiscountsImpl extends ShopScoped implements DiscountsService {

  DiscountsImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<Discount> search(DiscountSearchRequest request) {
    return Listing.page(transport, api.searchDiscounts(slug, Listing.query(request)));
  }

  @Override
  public PagedIterable<Discount> searchAll(DiscountSearchRequest request) {
    return Listing.all(transport, request, query -> api.searchDiscounts(slug, query));
  }

  @Override
  public void create(CreateDiscountRequest request) {
    transport.execute(api.createDiscount(slug, request));
  }

  @Override
  public void update(String uuid, UpdateDiscountRequest request) {
    transport.execute(api.updateDiscount(slug, Check.notBlank(uuid, "uuid"), request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(api.deleteDiscount(slug, Check.notBlank(uuid, "uuid")));
  }
}

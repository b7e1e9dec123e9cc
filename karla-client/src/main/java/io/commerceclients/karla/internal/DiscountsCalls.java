package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import java.util.List;
import retrofit2.Call;

/** The discount operations of one shop, run by {@link DiscountsImpl} and {@link DiscountsAsyncImpl}. */
final class DiscountsCalls extends ShopScoped {

  DiscountsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<Discount>> search(DiscountSearchRequest request) {
    return api.searchDiscounts(slug, Listing.query(request));
  }

  Listing.Pages<Discount> searchAll(DiscountSearchRequest request) {
    return Listing.pages(request, query -> api.searchDiscounts(slug, query));
  }

  Call<Void> create(CreateDiscountRequest request) {
    return api.createDiscount(slug, Check.required(request, "request"));
  }

  Call<Void> update(String uuid, UpdateDiscountRequest request) {
    Check.pathSegment(uuid, "uuid");
    return api.updateDiscount(slug, uuid, Check.required(request, "request"));
  }

  Call<Void> delete(String uuid) {
    return api.deleteDiscount(slug, Check.pathSegment(uuid, "uuid"));
  }
}

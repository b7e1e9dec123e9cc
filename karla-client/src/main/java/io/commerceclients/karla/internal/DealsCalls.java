package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.Deal;
import java.util.List;
import retrofit2.Call;

/** Deals across shops, run by {@link DealsImpl} and {@link DealsAsyncImpl}. */
final class DealsCalls {

  private final KarlaApi api;

  DealsCalls(KarlaApi api) {
    this.api = api;
  }

  Call<List<Deal>> list(PageRequest page) {
    return api.listDeals(Listing.query(page));
  }

  Listing.Pages<Deal> listAll() {
    return Listing.pages(null, api::listDeals);
  }

  Call<Void> create(CreateDealRequest request) {
    Check.required(request, "request");
    Check.notBlank(request.shopId(), "shopId");
    Check.notBlank(request.discountId(), "discountId");
    return api.createDeal(request);
  }
}

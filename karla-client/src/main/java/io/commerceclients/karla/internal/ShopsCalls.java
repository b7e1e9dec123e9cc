package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import java.util.List;
import retrofit2.Call;

/** Searching and creating shops, run by {@link ShopsImpl} and {@link ShopsAsyncImpl}. */
final class ShopsCalls {

  private final KarlaApi api;

  ShopsCalls(KarlaApi api) {
    this.api = api;
  }

  Call<List<Shop>> search(ShopSearchRequest request) {
    return api.searchShops(Listing.query(request));
  }

  Listing.Pages<Shop> searchAll(ShopSearchRequest request) {
    return Listing.pages(request, api::searchShops);
  }

  Call<Void> create(CreateShopRequest request) {
    Check.required(request, "request");
    Validation.shop(request);
    return api.createShop(request);
  }
}

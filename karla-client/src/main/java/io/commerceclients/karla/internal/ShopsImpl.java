package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import io.commerceclients.karla.shop.ShopsService;
import java.util.List;

/** Runs the {@link ShopsCalls} blocking. */
final class ShopsImpl implements ShopsService {

  private final ApiTransport transport;
  private final ShopsCalls calls;

  ShopsImpl(ApiTransport transport, KarlaApi api) {
    this.transport = transport;
    this.calls = new ShopsCalls(api);
  }

  @Override
  public List<Shop> search(ShopSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Shop> searchAll(ShopSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public void create(CreateShopRequest request) {
    transport.execute(calls.create(request));
  }
}

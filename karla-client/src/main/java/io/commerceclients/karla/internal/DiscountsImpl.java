package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.discount.DiscountsService;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import java.util.List;

/** Runs the {@link DiscountsCalls} blocking. */
final class DiscountsImpl implements DiscountsService {

  private final ApiTransport transport;
  private final DiscountsCalls calls;

  DiscountsImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new DiscountsCalls(api, slug);
  }

  @Override
  public List<Discount> search(DiscountSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Discount> searchAll(DiscountSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public void create(CreateDiscountRequest request) {
    transport.execute(calls.create(request));
  }

  @Override
  public void update(String uuid, UpdateDiscountRequest request) {
    transport.execute(calls.update(uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(calls.delete(uuid));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.discount.DealsService;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.Deal;
import java.util.List;

/** Runs the {@link DealsCalls} blocking. */
final class DealsImpl implements DealsService {

  private final ApiTransport transport;
  private final DealsCalls calls;

  DealsImpl(ApiTransport transport, KarlaApi api) {
    this.transport = transport;
    this.calls = new DealsCalls(api);
  }

  @Override
  public List<Deal> list(PageRequest page) {
    return Listing.page(transport, calls.list(page));
  }

  @Override
  public PagedIterable<Deal> listAll() {
    return Listing.all(transport, calls.listAll());
  }

  @Override
  public void create(CreateDealRequest request) {
    transport.execute(calls.create(request));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.campaign.AbTestsService;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import java.util.List;

/** Runs the {@link AbTestsCalls} blocking. */
final class AbTestsImpl implements AbTestsService {

  private final ApiTransport transport;
  private final AbTestsCalls calls;

  AbTestsImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new AbTestsCalls(api, slug);
  }

  @Override
  public List<AbTest> list(PageRequest page) {
    return Listing.page(transport, calls.list(page));
  }

  @Override
  public PagedIterable<AbTest> listAll() {
    return Listing.all(transport, calls.listAll());
  }

  @Override
  public AbTest create(CreateAbTestRequest request) {
    return transport.execute(calls.create(request));
  }

  @Override
  public AbTest get(String uuid) {
    return transport.execute(calls.get(uuid));
  }

  @Override
  public AbTest end(String uuid) {
    return transport.execute(calls.end(uuid));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.campaign.AbTestsService;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import java.util.List;

final class AbTestsImpl extends ShopScoped implements AbTestsService {

  AbTestsImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<AbTest> list(PageRequest page) {
    return Listing.page(transport, api.listAbTests(slug, Listing.query(page)));
  }

  @Override
  public PagedIterable<AbTest> listAll() {
    return Listing.all(transport, null, query -> api.listAbTests(slug, query));
  }

  @Override
  public AbTest create(CreateAbTestRequest request) {
    Validation.abTest(request);
    return transport.execute(api.createAbTest(slug, request));
  }

  @Override
  public AbTest get(String uuid) {
    return transport.execute(api.getAbTest(slug, Check.notBlank(uuid, "uuid")));
  }

  @Override
  public AbTest end(String uuid) {
    return transport.execute(api.endAbTest(slug, Check.notBlank(uuid, "uuid")));
  }
}

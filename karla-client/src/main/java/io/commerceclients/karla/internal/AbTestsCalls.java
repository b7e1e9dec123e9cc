package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import java.util.List;
import retrofit2.Call;

/** The A/B test operations of one shop, run by {@link AbTestsImpl} and {@link AbTestsAsyncImpl}. */
final class AbTestsCalls extends ShopScoped {

  AbTestsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<AbTest>> list(PageRequest page) {
    return api.listAbTests(slug, Listing.query(page));
  }

  Listing.Pages<AbTest> listAll() {
    return Listing.pages(null, query -> api.listAbTests(slug, query));
  }

  Call<AbTest> create(CreateAbTestRequest request) {
    Check.required(request, "request");
    Validation.abTest(request);
    return api.createAbTest(slug, request);
  }

  Call<AbTest> get(String uuid) {
    return api.getAbTest(slug, Check.pathSegment(uuid, "uuid"));
  }

  Call<AbTest> end(String uuid) {
    return api.endAbTest(slug, Check.pathSegment(uuid, "uuid"));
  }
}

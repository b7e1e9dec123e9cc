package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.claim.ClaimsService;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import java.util.List;

final class ClaimsImpl extends ShopScoped implements ClaimsService {

  ClaimsImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<Claim> search(ClaimSearchRequest request) {
    return Listing.page(transport, api.searchClaims(slug, Listing.query(request)));
  }

  @Override
  public PagedIterable<Claim> searchAll(ClaimSearchRequest request) {
    return Listing.all(transport, request, query -> api.searchClaims(slug, query));
  }

  @Override
  public Claim create(CreateClaimRequest request) {
    Validation.claim(request);
    return transport.execute(api.createClaim(slug, request));
  }

  @Override
  public Claim update(String uuid, UpdateClaimRequest request) {
    return transport.execute(api.updateClaim(slug, Check.notBlank(uuid, "uuid"), request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(api.deleteClaim(slug, Check.notBlank(uuid, "uuid")));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import java.util.List;
import retrofit2.Call;

/** The claims operations of one shop (validation and call), run by {@link ClaimsImpl} and {@link ClaimsAsyncImpl}. */
final class ClaimsCalls extends ShopScoped {

  ClaimsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<Claim>> search(ClaimSearchRequest request) {
    return api.searchClaims(slug, Listing.query(request));
  }

  Listing.Pages<Claim> searchAll(ClaimSearchRequest request) {
    return Listing.pages(request, query -> api.searchClaims(slug, query));
  }

  Call<Claim> create(CreateClaimRequest request) {
    Check.required(request, "request");
    Validation.claim(request);
    return api.createClaim(slug, request);
  }

  Call<Claim> update(String uuid, UpdateClaimRequest request) {
    Check.pathSegment(uuid, "uuid");
    return api.updateClaim(slug, uuid, Check.required(request, "request"));
  }

  Call<Void> delete(String uuid) {
    return api.deleteClaim(slug, Check.pathSegment(uuid, "uuid"));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.claim.ClaimsService;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import java.util.List;

/** Runs the {@link ClaimsCalls} blocking. */
final class ClaimsImpl implements ClaimsService {

  private final ApiTransport transport;
  private final ClaimsCalls calls;

  ClaimsImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new ClaimsCalls(api, slug);
  }

  @Override
  public List<Claim> search(ClaimSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Claim> searchAll(ClaimSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public Claim create(CreateClaimRequest request) {
    return transport.execute(calls.create(request));
  }

  @Override
  public Claim update(String uuid, UpdateClaimRequest request) {
    return transport.execute(calls.update(uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(calls.delete(uuid));
  }
}

package io.commerceclients.karla.claim;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import java.util.List;

/** The claims of one shop. */
public interface ClaimsService {

  /**
   * Returns one page of the claims matching the request's filters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Claim> search(ClaimSearchRequest request);

  /** Returns every claim matching the filters, fetched lazily page by page. */
  PagedIterable<Claim> searchAll(ClaimSearchRequest request);

  /**
   * Files a claim and returns it.
   *
   * @throws io.commerceclients.core.validation.ValidationException if an item has no quantity
   * @throws io.commerceclients.core.error.NotFoundException if the shipment does not exist
   */
  Claim create(CreateClaimRequest request);

  /**
   * Changes a claim's status or resolution preference and returns it.
   *
   * @throws io.commerceclients.core.error.NotFoundException if the claim does not exist
   */
  Claim update(String uuid, UpdateClaimRequest request);

  /**
   * Deletes a claim.
   *
   * @throws io.commerceclients.core.error.NotFoundException if the claim does not exist
   */
  void delete(String uuid);
}

package io.commerceclients.karla.claim;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ClaimsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface ClaimsServiceAsync {

  /** Returns one page of the claims matching the request's filters; as {@link ClaimsService#search}. */
  CompletableFuture<List<Claim>> search(ClaimSearchRequest request);

  /** Returns every claim matching the filters, fetched page by page without blocking. */
  AsyncPagedIterable<Claim> searchAll(ClaimSearchRequest request);

  /** Files a claim and returns it; as {@link ClaimsService#create}. */
  CompletableFuture<Claim> create(CreateClaimRequest request);

  /** Changes a claim and returns it; as {@link ClaimsService#update}. */
  CompletableFuture<Claim> update(String uuid, UpdateClaimRequest request);

  /** Deletes a claim; as {@link ClaimsService#delete}. */
  CompletableFuture<Void> delete(String uuid);
}

package io.commerceclients.karla.discount;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.Deal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link DealsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface DealsServiceAsync {

  /** Returns one page of deals; as {@link DealsService#list}. */
  CompletableFuture<List<Deal>> list(PageRequest page);

  /** Returns every deal, fetched page by page without blocking. */
  AsyncPagedIterable<Deal> listAll();

  /** Creates a deal; as {@link DealsService#create}. */
  CompletableFuture<Void> create(CreateDealRequest request);
}

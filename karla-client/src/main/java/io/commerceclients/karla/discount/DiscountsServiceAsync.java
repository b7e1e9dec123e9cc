package io.commerceclients.karla.discount;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link DiscountsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface DiscountsServiceAsync {

  /** Returns one page of the discounts matching the request's filters; as {@link DiscountsService#search}. */
  CompletableFuture<List<Discount>> search(DiscountSearchRequest request);

  /** Returns every discount matching the filters, fetched page by page without blocking. */
  AsyncPagedIterable<Discount> searchAll(DiscountSearchRequest request);

  /** Creates a discount; as {@link DiscountsService#create}. */
  CompletableFuture<Void> create(CreateDiscountRequest request);

  /** Updates a discount; as {@link DiscountsService#update}. */
  CompletableFuture<Void> update(String uuid, UpdateDiscountRequest request);

  /** Deletes a discount; as {@link DiscountsService#delete}. */
  CompletableFuture<Void> delete(String uuid);
}

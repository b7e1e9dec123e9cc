package io.commerceclients.karla.shop;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ShopsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface ShopsServiceAsync {

  /** Returns one page of the shops matching the request's filters; as {@link ShopsService#search}. */
  CompletableFuture<List<Shop>> search(ShopSearchRequest request);

  /** Returns every shop matching the filters, fetched page by page without blocking. */
  AsyncPagedIterable<Shop> searchAll(ShopSearchRequest request);

  /** Creates a shop; as {@link ShopsService#create}. */
  CompletableFuture<Void> create(CreateShopRequest request);
}

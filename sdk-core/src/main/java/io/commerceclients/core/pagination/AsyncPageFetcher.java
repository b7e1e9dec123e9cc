package io.commerceclients.core.pagination;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches one page without blocking: {@code position} is the page number or the start index,
 * depending on the listing's {@link PagingStyle}; cancelling the future cancels the request.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface AsyncPageFetcher<T> {

  /** Starts fetching the page at {@code position} with {@code pageSize} items at most. */
  CompletableFuture<PageResult<T>> fetch(long position, int pageSize);
}

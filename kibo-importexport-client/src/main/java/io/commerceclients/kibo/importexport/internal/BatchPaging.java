package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.model.KiboCollection;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The paging of Kibo's batch-job collections: the limits checked before a call, and how a page is
 * read so that no item is skipped or dropped without an error. A {@code totalCount} is used only
 * when it is credible (at least the items served so far): a count Kibo did not compute, because the
 * request did not ask for {@code includeCount}, may come back as 0.
 */
final class BatchPaging {

  /** Fetches the page at {@code startIndex}. */
  @FunctionalInterface
  interface Fetch<T> {
    KiboCollection<T> page(int startIndex, int pageSize);
  }

  /** Fetches the page at {@code startIndex} without blocking. */
  @FunctionalInterface
  interface AsyncFetch<T> {
    CompletableFuture<? extends KiboCollection<T>> page(int startIndex, int pageSize);
  }

  private BatchPaging() {}

  /** Checks a page's start index (0 or more) and size (1 to {@value ListBatchJobsRequest#MAX_PAGE_SIZE}). */
  static void check(long startIndex, int pageSize) {
    Check.inRange(startIndex, 0, Integer.MAX_VALUE, "startIndex");
    Check.inRange(pageSize, 1, ListBatchJobsRequest.MAX_PAGE_SIZE, "pageSize");
  }

  /**
   * Returns a lazy listing of every item from {@code startIndex} on; a listing that runs past the
   * largest start index Kibo accepts (an int) ends with a {@link ProtocolException}.
   */
  static <T> PagedIterable<T> all(String operation, int startIndex, int pageSize, Fetch<T> fetch) {
    check(startIndex, pageSize);
    return PagedIterable.byStartIndex(startIndex, pageSize, (position, size) -> {
      checkPosition(operation, position);
      return read(operation, position, size, fetch.page((int) position, size));
    });
  }

  /**
   * Returns the asynchronous twin of {@link #all}: the same stop rules and checks, each page
   * fetched without blocking; invalid arguments fail its futures.
   */
  static <T> AsyncPagedIterable<T> allAsync(String operation, int startIndex, int pageSize, AsyncFetch<T> fetch) {
    try {
      check(startIndex, pageSize);
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return AsyncPagedIterable.byStartIndex(startIndex, pageSize, (position, size) -> Async.supply(() -> {
      checkPosition(operation, position);
      return readAsync(operation, position, size, fetch.page((int) position, size));
    }));
  }

  /** Reads a page once fetched; cancelling the returned future cancels the fetch. */
  private static <T, C extends KiboCollection<T>> CompletableFuture<PageResult<T>> readAsync(
      String operation, long position, int pageSize, CompletableFuture<C> page) {
    return ApiTransport.mapAsync(page, p -> read(operation, position, pageSize, p));
  }

  /**
   * Refuses a start index past the largest Kibo accepts, reached by a listing whose answers go on.
   *
   * @throws ProtocolException naming the operation and {@code startIndex}
   */
  static void checkPosition(String operation, long position) {
    if (position > Integer.MAX_VALUE) {
      throw new ProtocolException("Kibo's answers to " + operation + " go on past startIndex "
          + Integer.MAX_VALUE + ", the largest Kibo accepts");
    }
  }

  /**
   * Reads one fetched page.
   *
   * @throws ProtocolException if there is no page, if it holds more items than asked, or if it is
   *     shorter than asked while its total says more items follow (the next page would skip some)
   */
  static <T> PageResult<T> read(String operation, long position, int pageSize, KiboCollection<T> page) {
    if (page == null) {
      throw new ProtocolException("Kibo answered " + operation + " with no body");
    }
    List<T> items = page.items();
    if (items.size() > pageSize) {
      throw new ProtocolException("Kibo's answer to " + operation + " at startIndex " + position + " holds "
          + items.size() + " items, more than the pageSize " + pageSize + " asked for (field items)");
    }
    long served = position + items.size();
    Optional<Long> total = page.totalCount().filter(t -> t >= served);
    if (total.isEmpty()) {
      return PageResult.of(items);
    }
    if (items.size() < pageSize && served < total.get()) {
      throw new ProtocolException("Kibo's answer to " + operation + " at startIndex " + position + " holds "
          + items.size() + " items for pageSize " + pageSize + " although totalCount is " + total.get()
          + "; the next page would skip items (ask for a pageSize of at most " + Math.max(1, items.size()) + ")");
    }
    return PageResult.of(items, total.get());
  }
}

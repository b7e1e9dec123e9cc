package io.commerceclients.core.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/** A {@link Page} produced by a {@link PagedIterable}'s fetcher. */
final class FetchedPage<T> implements Page<T> {
  private final PagedIterable<T> listing;
  private final PageHistory history;
  private final long position;
  private final long servedBefore;
  private final int pageNumber;
  private final PageResult<T> result;

  FetchedPage(PagedIterable<T> listing, PageHistory history, long position, long servedBefore, int pageNumber,
      PageResult<T> result) {
    this.listing = listing;
    this.history = history;
    this.position = position;
    this.servedBefore = servedBefore;
    this.pageNumber = pageNumber;
    this.result = result;
  }

  @Override
  public List<T> items() {
    return result.items();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public int pageSize() {
    return listing.pageSize();
  }

  @Override
  public OptionalLong totalItems() {
    return result.total();
  }

  @Override
  public boolean hasNextPage() {
    return PagingRules.hasNextPage(listing.style(), position, result.items(), result.total(), servedBefore,
        pageNumber, listing.pageSize(), listing.maxPages());
  }

  @Override
  public Page<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("this is the last page");
    }
    long next = PagingRules.next(listing.style(), position, listing.pageSize());
    return listing.fetch(history, next, servedBefore + result.items().size(), pageNumber + 1);
  }

  @Override
  public String toString() {
    return "Page{position=" + position + ", items=" + result.items().size() + ", total=" + result.total() + "}";
  }
}

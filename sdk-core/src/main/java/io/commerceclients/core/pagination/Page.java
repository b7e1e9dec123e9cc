package io.commerceclients.core.pagination;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a listing: its items, where it sits, and the way to the next page, which is fetched
 * only when {@link #nextPage()} is called.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /** Returns the items of this page. */
  List<T> items();

  /** Returns the page number (1-based) or start index that produced this page, as the API counts. */
  long position();

  /** Returns the page size that was asked for. */
  int pageSize();

  /** Returns the total number of items across all pages, when the API reports it. */
  OptionalLong totalItems();

  /** Returns true if another page may hold items. */
  boolean hasNextPage();

  /**
   * Fetches the next page.
   *
   * @throws java.util.NoSuchElementException if {@link #hasNextPage()} is false
   * @throws io.commerceclients.core.error.ApiException if the request fails, a {@link
   *     io.commerceclients.core.error.ProtocolException} if the server answered with an earlier page's items again
   */
  Page<T> nextPage();
}

package io.commerceclients.core.pagination;

/**
 * Fetches one page: {@code position} is the page number or the start index, depending on the
 * listing's {@link PagingStyle}.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /**
   * Fetches the page at {@code position} with {@code pageSize} items at most.
   *
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  PageResult<T> fetch(long position, int pageSize);
}

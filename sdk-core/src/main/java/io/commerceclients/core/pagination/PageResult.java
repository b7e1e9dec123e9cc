package io.commerceclients.core.pagination;

import io.commerceclients.core.error.ProtocolException;
import java.util.List;
import java.util.OptionalLong;

/**
 * What one request of a listing returned: the items, and the total when the API reports one.
 *
 * @param <T> the item type
 */
public final class PageResult<T> {
  private final List<T> items;
  private final OptionalLong total;

  private PageResult(List<T> items, OptionalLong total) {
    if (items == null) {
      throw new ProtocolException("the API answered a page without its list of items");
    }
    int index = 0;
    for (T item : items) {
      if (item == null) {
        throw new ProtocolException("the API answered a page of " + items.size() + " items with null at index " + index);
      }
      index++;
    }
    this.items = List.copyOf(items);
    this.total = total;
  }

  /**
   * Returns a result without a total; the listing ends on a short page.
   *
   * @throws ProtocolException if {@code items} is null or holds a null (a JSON {@code null} in the page)
   */
  public static <T> PageResult<T> of(List<T> items) {
    return new PageResult<>(items, OptionalLong.empty());
  }

  /**
   * Returns a result with the total item count of the whole listing (from page 1 or index 0); the
   * listing ends there.
   *
   * @throws ProtocolException if {@code items} is null or holds a null (a JSON {@code null} in the
   *     page), or if {@code total} is negative
   */
  public static <T> PageResult<T> of(List<T> items, long total) {
    if (total < 0) {
      throw new ProtocolException("the API answered a page with a negative total of " + total + " items");
    }
    return new PageResult<>(items, OptionalLong.of(total));
  }

  /** Returns the items. */
  public List<T> items() {
    return items;
  }

  /** Returns the total, when the API reported it. */
  public OptionalLong total() {
    return total;
  }
}

package io.commerceclients.core.pagination;

import java.util.List;
import java.util.OptionalLong;

/** The stop rules every listing shares, blocking or asynchronous. */
final class PagingRules {
  private PagingRules() {}

  /**
   * Returns true if a page with {@code items} at {@code position} is followed by another: it is not
   * empty, the page cap is not reached, the next position is a {@code long} (a listing started at
   * {@code Long.MAX_VALUE} has no page after it), and the total (when reported) is not yet served
   * or, without a total, the page is full.
   */
  static boolean hasNextPage(PagingStyle style, long position, List<?> items, OptionalLong total, long servedBefore,
      int pageNumber, int pageSize, int maxPages) {
    if (items.isEmpty() || pageNumber >= maxPages || next(style, position, pageSize) < position) {
      return false;
    }
    if (total.isPresent()) {
      return servedBefore + items.size() < total.getAsLong();
    }
    return items.size() >= pageSize;
  }

  /** Returns the position of the page after the one at {@code position}. */
  static long next(PagingStyle style, long position, int pageSize) {
    return style == PagingStyle.PAGE_NUMBER ? position + 1 : position + pageSize;
  }

  /** Returns how many items a listing starting at {@code position} skips. */
  static long skipped(PagingStyle style, long position, int pageSize) {
    return style == PagingStyle.PAGE_NUMBER ? Math.max(0, position - 1) * pageSize : Math.max(0, position);
  }
}

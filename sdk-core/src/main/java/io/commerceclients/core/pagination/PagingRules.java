package io.commerceclients.core.pagination;

import io.commerceclients.core.error.ProtocolException;
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

  /**
   * Refuses a page holding more items than {@code pageSize} unless it completes the reported total:
   * the next page would start inside it, so items would be served twice or skipped.
   *
   * @throws ProtocolException naming the page and both sizes
   */
  static void checkSize(PagingStyle style, long position, List<?> items, OptionalLong total, long servedBefore,
      int pageSize) {
    if (items.size() > pageSize && !(total.isPresent() && servedBefore + items.size() >= total.getAsLong())) {
      throw new ProtocolException("the API answered " + PageHistory.describe(style, position) + " with "
          + items.size() + " items, more than the page size of " + pageSize + " asked for; the next page would"
          + " repeat or skip items, so the listing stops here");
    }
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

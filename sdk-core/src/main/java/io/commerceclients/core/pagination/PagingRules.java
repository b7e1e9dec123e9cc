package io.commerceclients.core.pagination;

import io.commerceclients.core.error.ProtocolException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Checks that a page does not repeat the previous one, in the same order or in another.
   *
   * @throws ProtocolException if both hold the same items (a server that ignores the paging parameter)
   */
  static void checkNotRepeated(PagingStyle style, List<?> previous, long previousPosition, List<?> page,
      long position) {
    if (previous != null && !page.isEmpty() && sameItems(page, previous)) {
      throw new ProtocolException("the API answered " + describe(style, position) + " with the same "
          + page.size() + " items as " + describe(style, previousPosition)
          + "; it seems to ignore the paging parameter, so the listing stops here rather than repeat them");
    }
  }

  /** Returns true if both pages hold the same items as many times each; cheap when the first item differs. */
  private static boolean sameItems(List<?> page, List<?> previous) {
    if (page.size() != previous.size() || !previous.contains(page.get(0))) {
      return false;
    }
    if (page.equals(previous)) {
      return true;
    }
    Map<Object, Integer> counts = new HashMap<>();
    for (Object item : previous) {
      counts.merge(item, 1, Integer::sum);
    }
    for (Object item : page) {
      Integer left = counts.get(item);
      if (left == null) {
        return false;
      }
      if (left == 1) {
        counts.remove(item);
      } else {
        counts.put(item, left - 1);
      }
    }
    return counts.isEmpty();
  }

  private static String describe(PagingStyle style, long position) {
    return (style == PagingStyle.PAGE_NUMBER ? "page " : "start index ") + position;
  }
}

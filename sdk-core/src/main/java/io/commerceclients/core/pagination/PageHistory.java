package io.commerceclients.core.pagination;

import io.commerceclients.core.error.ProtocolException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pages one iteration of a listing has read, so that a server serving the items of an earlier
 * page again at another position (one that ignores the paging parameter, or cycles through a few
 * pages) ends the listing instead of repeating them until the page cap. The page read just before
 * is compared item by item, in any order; older pages of two or more items (the most recent {@value
 * #REMEMBERED}) by a fingerprint of their size and of their first, middle and last items' hash
 * codes, so that a page costs three {@code hashCode} calls whatever its size (a one-item page's
 * fingerprint would be a single {@code hashCode}, which distinct items share too often to be
 * trusted). Reading a position again is not a repeat.
 */
final class PageHistory {
  static final int REMEMBERED = 10_000;

  private final Map<Long, Long> positionsByFingerprint = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
      return size() > REMEMBERED;
    }
  };
  private List<?> previous;
  private long previousPosition;

  /**
   * Records the page read at {@code position}.
   *
   * @throws ProtocolException if it holds the same items as a page read at another position
   */
  synchronized void record(PagingStyle style, List<?> items, long position) {
    if (items.isEmpty()) {
      return;
    }
    if (previous != null && previousPosition != position && sameItems(items, previous)) {
      throw repeated(style, items, position, previousPosition);
    }
    if (items.size() > 1) {
      Long earlier = positionsByFingerprint.putIfAbsent(fingerprint(items), position);
      if (earlier != null && earlier != position) {
        throw repeated(style, items, position, earlier);
      }
    }
    previous = items;
    previousPosition = position;
  }

  private static ProtocolException repeated(PagingStyle style, List<?> items, long position, long earlier) {
    return new ProtocolException("the API answered " + describe(style, position) + " with the same " + items.size()
        + " items as " + describe(style, earlier) + "; it seems to ignore the paging parameter or to serve its"
        + " pages again, so the listing stops here rather than repeat them");
  }

  /** A fingerprint of the page's size and of its first, middle and last items, in that order. */
  private static long fingerprint(List<?> items) {
    int size = items.size();
    long h = size;
    for (Object item : new Object[] {items.get(0), items.get(size / 2), items.get(size - 1)}) {
      h = (h + Objects.hashCode(item)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 31;
    }
    return h;
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

  static String describe(PagingStyle style, long position) {
    return (style == PagingStyle.PAGE_NUMBER ? "page " : "start index ") + position;
  }
}

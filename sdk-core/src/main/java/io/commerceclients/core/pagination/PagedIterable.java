package io.commerceclients.core.pagination;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.validation.Check;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing over every page of an API's results. Nothing is fetched until iteration starts;
 * each page is fetched only when the iteration reaches it; each {@link #iterator()} starts again
 * from the first page. It ends on an empty page, once the reported total was served, or (when the
 * API reports no total) on a page shorter than the page size. A total counts the whole listing,
 * so a listing that starts at page 3 (or start index 100) stops on the same page as one that
 * starts at the beginning. A cap on the number of pages guards
 * against an API that never ends, and a page whose items are exactly those of an earlier page (a
 * server that ignores the paging parameter, or cycles through a few pages) ends the iteration with
 * a {@link ProtocolException} rather than a run of duplicates.
 *
 * <p>Calls may throw {@link io.commerceclients.core.error.ApiException} when a page fails.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  /** The default cap on pages fetched by one iteration. */
  public static final int DEFAULT_MAX_PAGES = 1_000_000;

  private final PagingStyle style;
  private final long firstPosition;
  private final int pageSize;
  private final int maxPages;
  private final PageFetcher<T> fetcher;

  private PagedIterable(PagingStyle style, long firstPosition, int pageSize, int maxPages, PageFetcher<T> fetcher) {
    this.style = Check.required(style, "style");
    this.firstPosition = firstPosition;
    this.pageSize = (int) Check.inRange(pageSize, 1, Integer.MAX_VALUE, "pageSize");
    this.maxPages = (int) Check.inRange(maxPages, 1, Integer.MAX_VALUE, "maxPages");
    this.fetcher = Check.required(fetcher, "fetcher");
  }

  /** Returns a listing addressed by page number, starting at {@code firstPage} (1-based for most APIs). */
  public static <T> PagedIterable<T> byPageNumber(long firstPage, int pageSize, PageFetcher<T> fetcher) {
    return new PagedIterable<>(PagingStyle.PAGE_NUMBER, firstPage, pageSize, DEFAULT_MAX_PAGES, fetcher);
  }

  /** Returns a listing addressed by start index, starting at {@code startIndex}. */
  public static <T> PagedIterable<T> byStartIndex(long startIndex, int pageSize, PageFetcher<T> fetcher) {
    return new PagedIterable<>(PagingStyle.START_INDEX, startIndex, pageSize, DEFAULT_MAX_PAGES, fetcher);
  }

  /** Returns a copy that fetches at most {@code maxPages} pages per iteration. */
  public PagedIterable<T> withMaxPages(int maxPages) {
    return new PagedIterable<>(style, firstPosition, pageSize, maxPages, fetcher);
  }

  /**
   * Fetches and returns the first page.
   *
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  public Page<T> firstPage() {
    long skipped = PagingRules.skipped(style, firstPosition, pageSize);
    return fetch(new PageHistory(), firstPosition, skipped, 1);
  }

  /** Returns the pages one by one, each fetched when the iteration reaches it. */
  public Iterable<Page<T>> byPage() {
    return () -> new Iterator<>() {
      private Page<T> last;

      @Override
      public boolean hasNext() {
        return last == null || last.hasNextPage();
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        last = last == null ? firstPage() : last.nextPage();
        return last;
      }
    };
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page;
      private Iterator<T> items;

      @Override
      public boolean hasNext() {
        if (page == null) {
          page = firstPage();
          items = page.items().iterator();
        }
        while (!items.hasNext()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          items = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /** Returns the items as a sequential stream, fetched lazily; {@code stream().limit(n)} caps the items. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  PagingStyle style() {
    return style;
  }

  int pageSize() {
    return pageSize;
  }

  int maxPages() {
    return maxPages;
  }

  /**
   * Fetches the page at {@code position} and records it in the iteration's {@code history}.
   *
   * @throws ProtocolException if the server answered with an earlier page's items again, or with
   *     more items than asked for before the end of the listing
   */
  Page<T> fetch(PageHistory history, long position, long servedBefore, int pageNumber) {
    PageResult<T> result = Check.required(fetcher.fetch(position, pageSize), "page result");
    PagingRules.checkSize(style, position, result.items(), result.total(), servedBefore, pageSize);
    history.record(style, result.items(), position);
    return new FetchedPage<>(this, history, position, servedBefore, pageNumber, result);
  }
}

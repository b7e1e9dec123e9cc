package io.commerceclients.karla.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/** One page, or every page, of a Karla list: page numbers from 1, bare arrays, short page = last. */
final class Listing {

  /** Page size used by the all-pages listings when the request sets none (Karla's maximum). */
  static final int ALL_PAGES_SIZE = 100;

  private Listing() {}

  /** Returns the request's query after checking its page and perPage. */
  static Map<String, String> query(Object request) {
    Map<String, String> query = request == null ? new LinkedHashMap<>() : Queries.of(request);
    String page = query.get("page");
    if (page != null) {
      Check.that(Long.parseLong(page) >= 1, "page", "must be 1 or more, got " + page);
    }
    String perPage = query.get("per_page");
    if (perPage != null) {
      Check.inRange(Long.parseLong(perPage), 1, 100, "perPage");
    }
    return query;
  }

  /**
   * Returns the pages of a listing: the request's filters (checked now), its first page (default 1)
   * and page size (default {@link #ALL_PAGES_SIZE}), and how to build the call for one page.
   */
  static <T> Pages<T> pages(Object request, Function<Map<String, String>, Call<List<T>>> call) {
    return new Pages<>(query(request), call);
  }

  /**
   * Fetches one page.
   *
   * @throws ProtocolException if the answer holds a JSON null where an item was expected
   */
  static <T> List<T> page(ApiTransport transport, Call<List<T>> call) {
    return items(transport, call, transport.execute(call));
  }

  /** Fetches one page without blocking; a validation error from {@code call} fails the future. */
  static <T> CompletableFuture<List<T>> pageAsync(ApiTransport transport, Supplier<Call<List<T>>> call) {
    return Async.supply(() -> {
      Call<List<T>> checked = call.get();
      return ApiTransport.mapAsync(transport.executeAsync(checked), items -> items(transport, checked, items));
    });
  }

  /** Returns the page's items, none if absent, refusing a null among them as a listing does. */
  private static <T> List<T> items(ApiTransport transport, Call<List<T>> call, List<T> items) {
    List<T> page = orEmpty(items);
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i) == null) {
        throw transport.contractBreach(call.request(), "the answer holds a JSON null at [" + i + "] of its "
            + page.size() + " items, where an item was expected");
      }
    }
    return page;
  }

  /** Returns a lazy listing of every page. */
  static <T> PagedIterable<T> all(ApiTransport transport, Pages<T> pages) {
    return PagedIterable.byPageNumber(pages.first, pages.size,
        (page, size) -> PageResult.of(page(transport, pages.call(page, size))));
  }

  /**
   * Returns a listing of every page fetched without blocking. A validation error from {@code pages}
   * does not throw: every iteration of the listing fails with it, as an asynchronous method does.
   */
  static <T> AsyncPagedIterable<T> allAsync(ApiTransport transport, Supplier<Pages<T>> pages) {
    Pages<T> checked;
    try {
      checked = pages.get();
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return AsyncPagedIterable.byPageNumber(checked.first, checked.size,
        (page, size) -> {
          Call<List<T>> call = checked.call(page, size);
          return ApiTransport.mapAsync(transport.executeAsync(call),
              items -> PageResult.of(items(transport, call, items)));
        });
  }

  private static <T> List<T> orEmpty(List<T> items) {
    return items == null ? List.of() : items;
  }

  /** A listing's checked filters, first page and page size, and the call for one page. */
  static final class Pages<T> {
    private final Map<String, String> base;
    private final long first;
    private final int size;
    private final Function<Map<String, String>, Call<List<T>>> call;

    private Pages(Map<String, String> base, Function<Map<String, String>, Call<List<T>>> call) {
      this.base = base;
      this.first = base.containsKey("page") ? Long.parseLong(base.get("page")) : 1;
      this.size = base.containsKey("per_page") ? Integer.parseInt(base.get("per_page")) : ALL_PAGES_SIZE;
      this.call = call;
    }

    /** Builds the call for page {@code page} of {@code size} items, keeping the request's filters. */
    Call<List<T>> call(long page, int size) {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("page", Long.toString(page));
      query.put("per_page", Integer.toString(size));
      base.forEach(query::putIfAbsent);
      return call.apply(query);
    }
  }
}

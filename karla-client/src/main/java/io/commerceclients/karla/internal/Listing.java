package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  /** Fetches one page. */
  static <T> List<T> page(ApiTransport transport, Call<List<T>> call) {
    List<T> items = transport.execute(call);
    return items == null ? List.of() : items;
  }

  /** Returns a lazy listing of every page, starting at the request's page with its size. */
  static <T> PagedIterable<T> all(
      ApiTransport transport, Object request, Function<Map<String, String>, Call<List<T>>> call) {
    Map<String, String> base = query(request);
    long first = base.containsKey("page") ? Long.parseLong(base.get("page")) : 1;
    int size = base.containsKey("per_page") ? Integer.parseInt(base.get("per_page")) : ALL_PAGES_SIZE;
    return PagedIterable.byPageNumber(
        first,
        size,
        (page, pageSize) -> {
          Map<String, String> query = new LinkedHashMap<>();
          query.put("page", Long.toString(page));
          query.put("per_page", Integer.toString(pageSize));
          base.forEach(query::putIfAbsent);
          return PageResult.of(page(transport, call.apply(query)));
        });
  }
}

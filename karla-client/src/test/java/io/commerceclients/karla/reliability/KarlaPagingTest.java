package io.commerceclients.karla.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Karla's page-numbered listings as a demanding user reads them: {@code page} and {@code per_page}
 * on every request, the largest page size, oversized and empty pages, a server error deep in the
 * listing, a 429, lazy stops (limit, break, a publisher's cancel), the async forms' parity, and no
 * page kept once the iteration moved past it.
 */
@WireMockTest
class KarlaPagingTest {

  private static final String ORDERS = "/v1/shops/gokarla/orders";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey("karla-secret-key-42")
        .sleeper(d -> { }).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static void page(int page, int first, int size) {
    String items = IntStream.range(first, first + size).mapToObj(i -> "{\"uuid\":\"o" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
    stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo(Integer.toString(page))).willReturn(okJson(items)));
  }

  /** {@code full} full pages of {@code size}, then a page of {@code last} items. */
  private static void pages(int full, int size, int last) {
    for (int p = 1; p <= full; p++) {
      page(p, (p - 1) * size, size);
    }
    page(full + 1, full * size, last);
  }

  private static List<String> sent() {
    return findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getUrl()).collect(Collectors.toList());
  }

  private static List<String> uuids(List<Order> orders) {
    return orders.stream().map(o -> o.uuid()).collect(Collectors.toList());
  }

  private static List<String> expected(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "o" + i).collect(Collectors.toList());
  }

  private static OrderSearchRequest perPage(long size) {
    return OrderSearchRequest.builder().perPage(size).build();
  }

  @Test
  void everyPageCarriesPageAndPerPageAndTheFiltersAndTheLastIsTheFirstShortOne() {
    pages(2, 2, 1);
    List<Order> all = client.orders().searchAll(OrderSearchRequest.builder().perPage(2L).zipCode("10 178&x").build())
        .stream().collect(Collectors.toList());

    assertEquals(expected(0, 5), uuids(all));
    assertEquals(List.of(ORDERS + "?page=1&per_page=2&zip_code=10%20178%26x", ORDERS + "?page=2&per_page=2&zip_code=10%20178%26x",
        ORDERS + "?page=3&per_page=2&zip_code=10%20178%26x"), sent());
  }

  @Test
  void allPagesAskForTheLargestPageByDefaultAndAcceptTheBoundaries() {
    stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("[]")));
    client.orders().searchAll(OrderSearchRequest.builder().build()).forEach(o -> { });
    client.orders().searchAll(perPage(100)).forEach(o -> { });
    client.orders().searchAll(perPage(1)).forEach(o -> { });
    client.orders().search(OrderSearchRequest.builder().build());
    assertEquals(List.of(ORDERS + "?page=1&per_page=100", ORDERS + "?page=1&per_page=100", ORDERS + "?page=1&per_page=1",
        ORDERS), sent());
  }

  @Test
  void aPageLargerThanAskedEndsTheListingBlockingAndAsync() {
    page(1, 0, 3);
    page(2, 3, 3);
    ProtocolException e = assertThrows(ProtocolException.class, () -> client.orders().searchAll(perPage(2)).forEach(o -> { }));
    assertTrue(e.getMessage().contains("page 1") && e.getMessage().contains("3 items"), e.getMessage());

    CompletionException async = assertThrows(CompletionException.class,
        () -> client.async().orders().searchAll(perPage(2)).collect(100).join());
    assertEquals(e.getMessage(), assertInstanceOf(ProtocolException.class, async.getCause()).getMessage());
    assertEquals(List.of(ORDERS + "?page=1&per_page=2", ORDERS + "?page=1&per_page=2"), sent());
  }

  @Test
  void anEmptyPageInTheMiddleEndsTheListing() {
    page(1, 0, 2);
    page(2, 0, 0);
    page(3, 2, 2);
    assertEquals(expected(0, 2), uuids(client.orders().searchAll(perPage(2)).stream().collect(Collectors.toList())));
    assertEquals(expected(0, 2), uuids(client.async().orders().searchAll(perPage(2)).collect(100).join()));
    assertEquals(4, sent().size());
  }

  @Test
  void aServerErrorOnPageSevenOfTenIsRetriedAndOneThatPersistsNamesThePageBlockingAndAsync() {
    pages(9, 2, 1);
    stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("7")).inScenario("p7").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("7")).inScenario("p7").whenScenarioStateIs("ok")
        .willReturn(okJson("[{\"uuid\":\"o12\"},{\"uuid\":\"o13\"}]")));
    assertEquals(expected(0, 19), uuids(client.orders().searchAll(perPage(2)).stream().collect(Collectors.toList())));
    assertEquals(11, sent().size());

    stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("7")).willReturn(aResponse().withStatus(500)
        .withBody("<html>oops</html>")));
    List<String> seen = new ArrayList<>();
    ServerException e = assertThrows(ServerException.class,
        () -> client.orders().searchAll(perPage(2)).forEach(o -> seen.add(o.uuid())));
    assertEquals(expected(0, 12), seen);
    assertTrue(e.getMessage().contains("page=7"), e.getMessage());

    List<String> seenAsync = new ArrayList<>();
    CompletionException async = assertThrows(CompletionException.class,
        () -> client.async().orders().searchAll(perPage(2)).forEach(o -> seenAsync.add(o.uuid())).join());
    assertEquals(expected(0, 12), seenAsync);
    assertEquals(e.getClass(), async.getCause().getClass());
    assertTrue(async.getCause().getMessage().contains("page=7"), async.getCause().getMessage());
  }

  @Test
  void a429WithAnHttpDateRetryAfterInTheMiddleIsWaitedOut() {
    pages(2, 2, 0);
    stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("2")).inScenario("p2").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")).willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("2")).inScenario("p2").whenScenarioStateIs("ok")
        .willReturn(okJson("[{\"uuid\":\"o2\"},{\"uuid\":\"o3\"}]")));
    assertEquals(expected(0, 4), uuids(client.orders().searchAll(perPage(2)).stream().collect(Collectors.toList())));
    assertEquals(List.of(ORDERS + "?page=1&per_page=2", ORDERS + "?page=2&per_page=2", ORDERS + "?page=2&per_page=2",
        ORDERS + "?page=3&per_page=2"), sent());
  }

  @Test
  void limitBreakAndAPublishersCancelFetchNothingMore() throws Exception {
    pages(5, 2, 0);
    PagedIterable<Order> all = client.orders().searchAll(perPage(2));
    assertEquals(List.of(), sent());
    assertEquals(expected(0, 4), uuids(all.stream().limit(4).collect(Collectors.toList())));
    assertEquals(2, sent().size());

    resetAllRequests();
    for (Order o : all) {
      if (o.uuid().equals("o0")) {
        break;
      }
    }
    assertEquals(1, sent().size());

    resetAllRequests();
    List<String> got = new ArrayList<>();
    CompletableFuture<Void> cancelled = new CompletableFuture<>();
    client.async().orders().searchAll(perPage(2)).publisher().subscribe(new Flow.Subscriber<Order>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(3);
      }

      @Override
      public void onNext(Order item) {
        got.add(item.uuid());
        if (got.size() == 3) {
          subscription.cancel();
          cancelled.complete(null);
        }
      }

      @Override
      public void onError(Throwable t) {
        cancelled.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        cancelled.completeExceptionally(new AssertionError("completed"));
      }
    });
    cancelled.get(10, TimeUnit.SECONDS);
    assertEquals(expected(0, 3), got);
    assertEquals(List.of(ORDERS + "?page=1&per_page=2", ORDERS + "?page=2&per_page=2"), sent());
  }

  @Test
  void twoIteratorsAreIndependentAndEachStartsAgain() {
    pages(1, 2, 1);
    PagedIterable<Order> all = client.orders().searchAll(perPage(2));
    Iterator<Order> a = all.iterator();
    assertEquals("o0", a.next().uuid());
    Iterator<Order> b = all.iterator();
    List<String> rest = new ArrayList<>();
    a.forEachRemaining(o -> rest.add(o.uuid()));
    List<String> fromB = new ArrayList<>();
    b.forEachRemaining(o -> fromB.add(o.uuid()));
    assertEquals(expected(1, 3), rest);
    assertEquals(expected(0, 3), fromB);
  }

  @Test
  void pagesLeftBehindAreNotKept() {
    pages(6, 2, 0);
    Iterator<Order> it = client.orders().searchAll(perPage(2)).iterator();
    WeakReference<Order> first = new WeakReference<>(it.next());
    for (int i = 1; i < 8; i++) {
      it.next();
    }
    for (int i = 0; i < 50 && first.get() != null; i++) {
      System.gc();
    }
    assertNull(first.get(), "the first page's order is still reachable from the iterator on page 4");
    assertTrue(it.hasNext());
  }
}

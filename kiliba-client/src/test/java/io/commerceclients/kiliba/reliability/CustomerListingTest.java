package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code customers().listAll} as a demanding user reads it, against a WireMock Kiliba: the query of
 * every page request, a listing started past page 1, totals that lie, pages larger than asked, a
 * 5xx and a 429 in the middle, and the lazy forms (limit, findFirst, break), blocking and async.
 */
@WireMockTest
class CustomerListingTest {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";

  private KilibaClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey("test-key-123").sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** Stubs page {@code page} of {@code size} customers numbered from {@code first}, with {@code total} (raw JSON, or null). */
  private static void page(int page, int first, int size, String total) {
    String items = IntStream.range(first, first + size).mapToObj(i -> "{\"id_customer\":" + i + "}")
        .collect(Collectors.joining(","));
    stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo(Integer.toString(page)))
        .willReturn(okJson("{\"customers\":[" + items + "]" + (total == null ? "" : ",\"total\":" + total) + "}")));
  }

  /** Stubs {@code pages} full pages of {@code size} and the total {@code pages * size}. */
  private static void pages(int pages, int size) {
    for (int p = 1; p <= pages; p++) {
      page(p, (p - 1) * size, size, Integer.toString(pages * size));
    }
  }

  private static List<String> ids(Stream<Customer> customers) {
    return customers.map(c -> c.idCustomer().toString()).collect(Collectors.toList());
  }

  private static List<String> range(int from, int to) {
    return IntStream.range(from, to).mapToObj(Integer::toString).collect(Collectors.toList());
  }

  private static List<String> pagesAsked() {
    List<String> asked = new ArrayList<>();
    getAllServeEvents().forEach(e -> asked.add(0, e.getRequest().queryParameter("page").firstValue()));
    return asked;
  }

  @Test
  void everyPageRequestCarriesThePageTheLimitAndTheFilters() {
    pages(3, 2);
    OffsetDateTime since = OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
    List<String> ids = ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).dateUpdate(since)
        .addBlacklistReasons("spam").build()).stream());

    assertEquals(range(0, 6), ids);
    assertEquals(List.of("1", "2", "3"), pagesAsked());
    for (int p = 1; p <= 3; p++) {
      verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo(Integer.toString(p)))
          .withQueryParam("limit", equalTo("2")).withQueryParam("date_update", equalTo("2024-05-01T10:00:00Z"))
          .withQueryParam("blacklist_reasons", equalTo("spam")));
    }
  }

  @Test
  void theDocumentedDefaultsAndTheLargestLimitGoOnTheWire() {
    page(1, 0, 1, "1");
    client.customers().listAll(ListCustomersRequest.builder().build()).forEach(c -> { });
    client.customers().listAll(ListCustomersRequest.builder().limit(ListCustomersRequest.MAX_LIMIT).build()).forEach(c -> { });
    client.customers().listAll(ListCustomersRequest.builder().limit(1).build()).forEach(c -> { });

    List<String> limits = new ArrayList<>();
    getAllServeEvents().forEach(e -> limits.add(0, e.getRequest().queryParameter("limit").firstValue()));
    assertEquals(List.of("1000", "10000", "1"), limits);
  }

  @Test
  void aListingStartedAtALaterPageReadsUpToTheEndOfKilibasTotal() {
    pages(5, 2);
    List<String> ids = ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).page(3).build()).stream());

    assertEquals(range(4, 10), ids, "pages 3, 4 and 5 of a total of 10");
    assertEquals(List.of("3", "4", "5"), pagesAsked());
  }

  @Test
  void aListingStartedAtALaterPageReadsUpToTheEndAsyncToo() {
    pages(5, 2);
    List<Customer> all = client.async().customers().listAll(ListCustomersRequest.builder().limit(2).page(3).build())
        .collect(100).join();

    assertEquals(range(4, 10), ids(all.stream()));
  }

  @Test
  void aTotalSmallerThanWhatWasServedEndsTheListingAndABiggerOneEndsOnTheEmptyPage() {
    page(1, 0, 2, "3");
    page(2, 2, 2, "3");
    page(3, 4, 2, "3");
    assertEquals(range(0, 4), ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()));

    page(1, 0, 2, "100");
    page(2, 2, 1, "100");
    page(3, 0, 0, "100");
    assertEquals(range(0, 3), ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()));
  }

  @Test
  void aMissingTotalEndsOnTheFirstShortPage() {
    page(1, 0, 2, null);
    page(2, 2, 1, null);
    assertEquals(range(0, 3), ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()));
    assertEquals(List.of("1", "2"), pagesAsked());
  }

  @Test
  void aNegativeOrNonNumericTotalIsAProtocolErrorNamingTheField() {
    for (String total : List.of("-5", "\"many\"", "{}", "1.5e400")) {
      page(1, 0, 2, total);
      ProtocolException e = assertThrows(ProtocolException.class,
          () -> client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).forEach(c -> { }), total);
      assertTrue(e.getMessage().contains("total"), e.getMessage());
      assertTrue(e.getMessage().contains(CUSTOMERS), e.getMessage());
    }
  }

  @Test
  void aPageLargerThanAskedIsAProtocolErrorUnlessItCompletesTheTotal() {
    page(1, 0, 3, "10");
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).forEach(c -> { }));
    assertTrue(e.getMessage().contains("3 items") && e.getMessage().contains("2"), e.getMessage());
    assertEquals(1, getAllServeEvents().size());

    page(1, 0, 3, "3");
    assertEquals(range(0, 3), ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()));
  }

  @Test
  void aServerErrorOnPageSevenIsRetriedAndOneThatPersistsNamesThePage() {
    pages(10, 2);
    stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo("7")).inScenario("p7")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo("7")).inScenario("p7")
        .whenScenarioStateIs("ok").willReturn(okJson("{\"customers\":[{\"id_customer\":12},{\"id_customer\":13}],\"total\":20}")));
    assertEquals(range(0, 20), ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()));
    assertEquals(11, getAllServeEvents().size());

    stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo("7")).willReturn(aResponse().withStatus(500)));
    List<String> seen = new ArrayList<>();
    ServerException e = assertThrows(ServerException.class,
        () -> client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).forEach(c -> seen.add(c.idCustomer().toString())));
    assertEquals(range(0, 12), seen);
    assertTrue(e.getMessage().contains("page=7"), e.getMessage());

    CompletionException async = assertThrows(CompletionException.class,
        () -> client.async().customers().listAll(ListCustomersRequest.builder().limit(2).build()).collect(100).join());
    ServerException cause = assertInstanceOf(ServerException.class, async.getCause());
    assertTrue(cause.getMessage().contains("page=7"), cause.getMessage());
  }

  @Test
  void a429WithRetryAfterInTheMiddleIsWaitedOutAndTheListingGoesOn() {
    pages(4, 2);
    stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo("3")).inScenario("p3")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("page", equalTo("3")).inScenario("p3")
        .whenScenarioStateIs("ok").willReturn(okJson("{\"customers\":[{\"id_customer\":4},{\"id_customer\":5}],\"total\":8}")));

    assertEquals(range(0, 8), ids(client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()));
    assertEquals(List.of("1", "2", "3", "3", "4"), pagesAsked());
  }

  @Test
  void limitFindFirstAndBreakFetchNoPageBeyondWhatWasRead() {
    pages(5, 2);
    PagedIterable<Customer> all = client.customers().listAll(ListCustomersRequest.builder().limit(2).build());
    assertEquals(0, getAllServeEvents().size(), "nothing is fetched before iterating");

    assertEquals(range(0, 3), ids(all.stream().limit(3)));
    assertEquals(List.of("1", "2"), pagesAsked());

    com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests();
    assertEquals("0", all.stream().findFirst().orElseThrow().idCustomer().toString());
    assertEquals(List.of("1"), pagesAsked());

    com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests();
    for (Customer c : all) {
      if (c.idCustomer().toString().equals("2")) {
        break;
      }
    }
    assertEquals(List.of("1", "2"), pagesAsked());

    com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests();
    try (Stream<Customer> s = all.stream()) {
      s.iterator().next();
    }
    assertEquals(List.of("1"), pagesAsked());
  }

  @Test
  void twoIteratorsOfOneListingAreIndependent() {
    pages(3, 2);
    PagedIterable<Customer> all = client.customers().listAll(ListCustomersRequest.builder().limit(2).build());
    Iterator<Customer> a = all.iterator();
    Iterator<Customer> b = all.iterator();
    List<String> fromA = new ArrayList<>();
    List<String> fromB = new ArrayList<>();
    while (a.hasNext() | b.hasNext()) {
      if (a.hasNext()) {
        fromA.add(a.next().idCustomer().toString());
      }
      if (b.hasNext()) {
        fromB.add(b.next().idCustomer().toString());
      }
    }
    assertEquals(range(0, 6), fromA);
    assertEquals(range(0, 6), fromB);
    assertEquals(6, getAllServeEvents().size());
  }

  @Test
  void asyncCollectAndCancelStopFetching() throws Exception {
    pages(5, 2);
    AsyncPagedIterable<Customer> all = client.async().customers().listAll(ListCustomersRequest.builder().limit(2).build());
    assertEquals(range(0, 3), ids(all.collect(3).get(10, TimeUnit.SECONDS).stream()));
    assertEquals(List.of("1", "2"), pagesAsked());

    com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests();
    List<String> seen = new ArrayList<>();
    all.forEachPage(items -> {
      items.forEach(c -> seen.add(c.idCustomer().toString()));
      return seen.size() < 4;
    }).get(10, TimeUnit.SECONDS);
    assertEquals(range(0, 4), seen);
    assertEquals(List.of("1", "2"), pagesAsked());
  }

  @Test
  void aListingThatRunsPastTheLargestPageNumberEndsWithAProtocolError() {
    page(Integer.MAX_VALUE, 0, 2, null);
    List<String> seen = new ArrayList<>();
    ProtocolException e = assertThrows(ProtocolException.class, () -> client.customers()
        .listAll(ListCustomersRequest.builder().limit(2).page(Integer.MAX_VALUE).build()).forEach(c -> seen.add(c.idCustomer().toString())));
    assertEquals(range(0, 2), seen);
    assertTrue(e.getMessage().contains("page " + Integer.MAX_VALUE), e.getMessage());
    assertEquals(1, getAllServeEvents().size());
  }
}

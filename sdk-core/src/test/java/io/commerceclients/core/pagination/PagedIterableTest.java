package io.commerceclients.core.pagination;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.support.TestClient;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@WireMockTest
class PagedIterableTest {

  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().collect(Collectors.toList());
  }

  @Test
  void fetchesTheSecondPageOnlyWhenTheIterationReachesIt(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("1"))
        .willReturn(okJson("[{\"id\":1},{\"id\":2}]")));
    wm.getWireMock().register(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("2"))
        .willReturn(okJson("[{\"id\":3}]")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      PagedIterable<Map<String, Object>> all = PagedIterable.byPageNumber(1, 2,
          (page, size) -> PageResult.of(c.transport.execute(c.api.list(page, size))));
      wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/things")));

      Iterator<Map<String, Object>> it = all.iterator();
      it.next();
      it.next();
      wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/things")));
      assertTrue(it.hasNext());
      wm.getWireMock().verifyThat(getRequestedFor(urlPathEqualTo("/things")).withQueryParam("page", equalTo("2"))
          .withQueryParam("per_page", equalTo("2")));
      assertEquals(3, it.next().get("id"));
      assertFalse(it.hasNext());
      wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/things")));
    }
  }

  @Test
  void pageNumbersWithATotalStopOnceTheTotalIsServed() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> all = PagedIterable.byPageNumber(1, 10, (page, size) -> {
      asked.add(page);
      int from = (int) ((page - 1) * size);
      return PageResult.of(range(from, Math.min(from + size, 25)), 25);
    });
    assertEquals(range(0, 25), all.stream().collect(Collectors.toList()));
    assertEquals(List.of(1L, 2L, 3L), asked);
  }

  @Test
  void aTotalCountsTheWholeListingWhenStartingLater() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> fromPage2 = PagedIterable.byPageNumber(2, 10, (page, size) -> {
      asked.add(page);
      int from = (int) ((page - 1) * size);
      return PageResult.of(range(from, Math.min(from + size, 25)), 25);
    });
    assertEquals(range(10, 25), fromPage2.stream().collect(Collectors.toList()));
    assertEquals(List.of(2L, 3L), asked);
  }

  @Test
  void aFullLastPageWithATotalNeedsNoExtraRequest() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> all = PagedIterable.byPageNumber(1, 10, (page, size) -> {
      asked.add(page);
      return PageResult.of(range((int) (page - 1) * 10, (int) page * 10), 20);
    });
    assertEquals(20, all.stream().count());
    assertEquals(List.of(1L, 2L), asked);
  }

  @Test
  void pageNumbersWithoutATotalEndOnTheFirstShortPage() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> all = PagedIterable.byPageNumber(1, 100, (page, size) -> {
      asked.add(page);
      return PageResult.of(page < 3 ? range((int) (page - 1) * 100, (int) page * 100) : range(200, 250));
    });
    assertEquals(250, all.stream().count());
    assertEquals(List.of(1L, 2L, 3L), asked);
  }

  @Test
  void anExactMultipleEndsOnTheEmptyPage() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> all = PagedIterable.byPageNumber(1, 100, (page, size) -> {
      asked.add(page);
      return PageResult.of(page <= 2 ? range((int) (page - 1) * 100, (int) page * 100) : List.of());
    });
    assertEquals(200, all.stream().count());
    assertEquals(List.of(1L, 2L, 3L), asked);
  }

  @Test
  void startIndexAdvancesByThePageSize() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> all = PagedIterable.byStartIndex(0, 50, (start, size) -> {
      asked.add(start);
      int from = (int) start;
      return PageResult.of(range(from, Math.min(from + size, 120)));
    });
    assertEquals(range(0, 120), all.stream().collect(Collectors.toList()));
    assertEquals(List.of(0L, 50L, 100L), asked);
  }

  @Test
  void eachIterationStartsAgainAndLimitStopsFetching() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Integer> all = PagedIterable.byPageNumber(1, 10, (page, size) -> {
      asked.add(page);
      return PageResult.of(range((int) (page - 1) * 10, (int) page * 10));
    });
    assertEquals(15, all.stream().limit(15).count());
    assertEquals(List.of(1L, 2L), asked);
    asked.clear();
    assertEquals(5, all.stream().limit(5).count());
    assertEquals(List.of(1L), asked);
  }

  @Test
  void byPageExposesPageMetadata() {
    PagedIterable<Integer> all = PagedIterable.byPageNumber(1, 2, (page, size) ->
        PageResult.of(page == 1 ? List.of(1, 2) : List.of(3), 3));
    List<Page<Integer>> pages = new ArrayList<>();
    all.byPage().forEach(pages::add);
    assertEquals(2, pages.size());
    assertEquals(1, pages.get(0).position());
    assertEquals(3, pages.get(0).totalItems().getAsLong());
    assertEquals(List.of(3), pages.get(1).items());
    assertFalse(pages.get(1).hasNextPage());
    assertThrows(NoSuchElementException.class, pages.get(1)::nextPage);
  }

  @Test
  void maxPagesGuardsAgainstEndlessListings() {
    PagedIterable<Integer> endless = PagedIterable.byPageNumber(1, 1, (page, size) -> PageResult.of(List.of((int) page)));
    assertEquals(7, endless.withMaxPages(7).stream().count());
  }

  @Test
  void aServerThatIgnoresThePageParameterEndsWithAProtocolErrorNotEndlessDuplicates(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/things")).willReturn(okJson("[{\"id\":1},{\"id\":2}]")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      PagedIterable<Map<String, Object>> all = PagedIterable.byPageNumber(1, 2,
          (page, size) -> PageResult.of(c.transport.execute(c.api.list(page, size))));
      Iterator<Map<String, Object>> it = all.iterator();
      it.next();
      it.next();
      ProtocolException e = assertThrows(ProtocolException.class, it::hasNext);
      assertTrue(e.getMessage().contains("page 2 with the same 2 items as page 1"), e.getMessage());
      wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/things")));
    }
  }

  @Test
  void aServerThatIgnoresThePageParameterIsCaughtWhenItShufflesItsItems() {
    PagedIterable<Integer> shuffled = PagedIterable.byPageNumber(1, 3,
        (page, size) -> PageResult.of(page % 2 == 1 ? List.of(1, 2, 3) : List.of(3, 1, 2)));
    ProtocolException e = assertThrows(ProtocolException.class, () -> shuffled.stream().limit(3_000).count());
    assertTrue(e.getMessage().contains("page 2 with the same 3 items as page 1"), e.getMessage());
  }

  @Test
  void aServerCyclingThroughTwoPagesEndsAtTheFirstPageServedAgainBlockingAndAsync() {
    PageFetcher<Integer> cycling = (page, size) -> PageResult.of(page % 2 == 1 ? List.of(1, 2, 3) : List.of(4, 5, 6));
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> PagedIterable.byPageNumber(1, 3, cycling).stream().count());
    assertTrue(e.getMessage().contains("page 3 with the same 3 items as page 1"), e.getMessage());

    AsyncPagedIterable<Integer> async = AsyncPagedIterable.byPageNumber(1, 3,
        (page, size) -> CompletableFuture.completedFuture(cycling.fetch(page, size)));
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> async.collect(1_000).get(20, TimeUnit.SECONDS));
    assertTrue(failed.getCause().getMessage().contains("page 3 with the same 3 items as page 1"),
        failed.getCause().getMessage());
  }

  @Test
  void aLongerCycleOfStartIndexPagesEndsToo() {
    PagedIterable<Integer> cycling = PagedIterable.byStartIndex(0, 2,
        (start, size) -> PageResult.of(List.of((int) (start / 2 % 5) * 2, (int) (start / 2 % 5) * 2 + 1)));
    ProtocolException e = assertThrows(ProtocolException.class, () -> cycling.stream().count());
    assertTrue(e.getMessage().contains("start index 10 with the same 2 items as start index 0"), e.getMessage());
  }

  @Test
  void readingAPageAgainIsNotARepeatAndOneItemPagesAreComparedOnlyWithThePageBefore() {
    PagedIterable<Integer> listing = PagedIterable.byPageNumber(1, 2, (page, size) -> PageResult.of(
        List.of((int) page * 2, (int) page * 2 + 1), 6));
    Page<Integer> first = listing.firstPage();
    Page<Integer> second = first.nextPage();
    assertEquals(second.items(), first.nextPage().items());
    assertEquals(List.of(6, 7), second.nextPage().items());

    PagedIterable<Integer> alternating = PagedIterable.byPageNumber(1, 1,
        (page, size) -> PageResult.of(List.of((int) (page % 2)))).withMaxPages(50);
    assertEquals(50, alternating.stream().count(), "a one-item fingerprint is one hashCode, shared too often to trust");
  }

  @Test
  void pagesSharingSomeItemsOrTheSameItemsADifferentNumberOfTimesGoOn() {
    List<List<Integer>> pages = List.of(List.of(1, 2, 3), List.of(3, 4, 5), List.of(5, 5, 4), List.of(4, 5, 4));
    PagedIterable<Integer> overlapping = PagedIterable.byPageNumber(1, 3,
        (page, size) -> PageResult.of(page <= pages.size() ? pages.get((int) page - 1) : List.of()));
    assertEquals(12, overlapping.stream().count());
  }

  @Test
  void aNullItemInAPageIsAProtocolErrorNamingItsPlace(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/things")).willReturn(okJson("[{\"id\":1},null]")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      PagedIterable<Map<String, Object>> all = PagedIterable.byPageNumber(1, 2,
          (page, size) -> PageResult.of(c.transport.execute(c.api.list(page, size))));
      ProtocolException e = assertThrows(ProtocolException.class, () -> all.stream().count());
      assertTrue(e.getMessage().contains("null at index 1"), e.getMessage());
    }
  }

  @Test
  void aListingAtTheLastLongPositionEndsThereInsteadOfWrappingToANegativePosition() {
    List<Long> asked = new ArrayList<>();
    PagedIterable<Long> byPage = PagedIterable.byPageNumber(Long.MAX_VALUE, 2, (page, size) -> {
      asked.add(page);
      return PageResult.of(List.of(page, page - 1));
    });
    assertEquals(2, byPage.stream().count());
    PagedIterable<Long> byIndex = PagedIterable.byStartIndex(Long.MAX_VALUE - 1, 2, (start, size) -> {
      asked.add(start);
      return PageResult.of(List.of(start, start + 1));
    });
    assertEquals(2, byIndex.stream().count());
    assertEquals(List.of(Long.MAX_VALUE, Long.MAX_VALUE - 1), asked);
  }

  @Test
  void aStartIndexServerRepeatingItsPageIsCaughtByPageToo() {
    PagedIterable<Integer> stuck = PagedIterable.byStartIndex(0, 3, (start, size) -> PageResult.of(List.of(7, 8, 9), 1000));
    List<Page<Integer>> pages = new ArrayList<>();
    ProtocolException e = assertThrows(ProtocolException.class, () -> stuck.byPage().forEach(pages::add));
    assertEquals(1, pages.size());
    assertTrue(e.getMessage().contains("start index 3"), e.getMessage());
  }
}

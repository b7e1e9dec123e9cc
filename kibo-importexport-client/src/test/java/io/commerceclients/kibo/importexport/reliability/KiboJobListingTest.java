package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Kibo's job listings (start index and page size, bare arrays) as a demanding user reads them:
 * the query of every page, the defaults, a page larger than asked (the next start index would
 * serve its last items again), an empty page, a server error deep in the listing naming its start
 * index, a listing running past the largest start index, blocking and async alike.
 */
@WireMockTest
class KiboJobListingTest extends KiboWireBase {

  private static final String IMPORTS = "/api/platform/data/import";

  private static void page(int startIndex, int first, int size) {
    String jobs = IntStream.range(first, first + size).mapToObj(i -> "{\"id\":\"j" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
    stubFor(get(urlPathEqualTo(IMPORTS)).withQueryParam("startIndex", equalTo(Integer.toString(startIndex)))
        .willReturn(okJson(jobs)));
  }

  private static List<String> sent() {
    List<String> urls = findAll(getRequestedFor(urlPathEqualTo(IMPORTS))).stream().map(r -> r.getUrl())
        .collect(Collectors.toList());
    return urls;
  }

  private static List<String> ids(List<ImportJob> jobs) {
    return jobs.stream().map(j -> j.id().orElseThrow()).collect(Collectors.toList());
  }

  private static List<String> expected(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "j" + i).collect(Collectors.toList());
  }

  @Test
  void everyPageCarriesStartIndexPageSizeAndTheFilterAndTheDefaultsAreDocumented() {
    page(5, 5, 2);
    page(7, 7, 2);
    page(9, 9, 1);
    KiboImportExportClient kibo = client();
    ListJobsRequest request = ListJobsRequest.builder().startIndex(5).pageSize(2).filter("name eq 'a b'").build();
    assertEquals(expected(5, 10), ids(kibo.imports().listAll(request).stream().collect(Collectors.toList())));
    assertEquals(expected(5, 10), ids(kibo.async().imports().listAll(request).collect(100).join()));
    List<String> one = List.of(IMPORTS + "?startIndex=5&pageSize=2&filter=name%20eq%20%27a%20b%27",
        IMPORTS + "?startIndex=7&pageSize=2&filter=name%20eq%20%27a%20b%27",
        IMPORTS + "?startIndex=9&pageSize=2&filter=name%20eq%20%27a%20b%27");
    List<String> twice = new ArrayList<>(one);
    twice.addAll(one);
    assertEquals(twice, sent());
  }

  @Test
  void theDefaultsAreStartIndexZeroAndPagesOfTwenty() {
    page(0, 0, 3);
    client().imports().listAll(ListJobsRequest.builder().build()).forEach(j -> { });
    assertEquals(List.of(IMPORTS + "?startIndex=0&pageSize=20"), sent());
  }

  @Test
  void aPageLargerThanAskedEndsTheListingInsteadOfServingItsLastItemsTwice() {
    page(0, 0, 3);
    page(2, 2, 3);
    KiboImportExportClient kibo = client();
    ListJobsRequest request = ListJobsRequest.builder().pageSize(2).build();
    ProtocolException e = assertThrows(ProtocolException.class, () -> kibo.imports().listAll(request).forEach(j -> { }));
    assertTrue(e.getMessage().contains("start index 0") && e.getMessage().contains("3 items"), e.getMessage());
    CompletionException async = assertThrows(CompletionException.class, () -> kibo.async().imports().listAll(request).collect(100).join());
    assertEquals(e.getMessage(), assertInstanceOf(ProtocolException.class, async.getCause()).getMessage());
    assertEquals(2, sent().size());
  }

  @Test
  void anEmptyPageEndsTheListingAndAServerErrorNamesItsStartIndex() {
    page(0, 0, 2);
    page(2, 2, 0);
    KiboImportExportClient kibo = client();
    ListJobsRequest request = ListJobsRequest.builder().pageSize(2).build();
    assertEquals(expected(0, 2), ids(kibo.imports().listAll(request).stream().collect(Collectors.toList())));

    stubFor(get(urlPathEqualTo(IMPORTS)).withQueryParam("startIndex", equalTo("2")).willReturn(aResponse().withStatus(503)));
    ServerException e = assertThrows(ServerException.class, () -> kibo.imports().listAll(request).forEach(j -> { }));
    assertTrue(e.getMessage().contains("startIndex=2"), e.getMessage());
    CompletionException async = assertThrows(CompletionException.class, () -> kibo.async().imports().listAll(request).collect(100).join());
    assertTrue(assertInstanceOf(ServerException.class, async.getCause()).getMessage().contains("startIndex=2"));
  }

  @Test
  void aListingThatRunsPastTheLargestStartIndexEndsWithAProtocolErrorNotAValidationError() {
    stubFor(get(urlPathEqualTo(IMPORTS)).willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\"}]")));
    stubFor(get(urlPathEqualTo(IMPORTS)).withQueryParam("startIndex", equalTo("2147483644"))
        .willReturn(okJson("[{\"id\":\"c\"},{\"id\":\"d\"}]")));
    KiboImportExportClient kibo = client();
    ListJobsRequest request = ListJobsRequest.builder().startIndex(Integer.MAX_VALUE - 3).pageSize(2).build();
    List<String> seen = new ArrayList<>();
    ProtocolException e = assertThrows(ProtocolException.class, () -> kibo.imports().listAll(request).forEach(j -> seen.add(j.id().orElseThrow())));
    assertEquals(List.of("c", "d", "a", "b"), seen);
    assertTrue(e.getMessage().contains("startIndex"), e.getMessage());
    CompletionException async = assertThrows(CompletionException.class, () -> kibo.async().imports().listAll(request).collect(100).join());
    assertInstanceOf(ProtocolException.class, async.getCause());
  }

  @Test
  void aNullAmongTheJobsIsAProtocolErrorNamingTheOperation() {
    stubFor(get(urlPathEqualTo(IMPORTS)).willReturn(okJson("[{\"id\":\"a\"},null]")));
    KiboImportExportClient kibo = client();
    ProtocolException e = assertThrows(ProtocolException.class, () -> kibo.imports().listAll(ListJobsRequest.builder().build()).forEach(j -> { }));
    assertTrue(e.getMessage().contains("index 1"), e.getMessage());
    ProtocolException one = assertThrows(ProtocolException.class, () -> kibo.imports().list(ListJobsRequest.builder().build()));
    assertTrue(one.getMessage().contains("index 1"), one.getMessage());
  }
}

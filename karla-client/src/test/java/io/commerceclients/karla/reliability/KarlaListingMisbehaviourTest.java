package io.commerceclients.karla.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Karla list answers that break the contract: a {@code null} among the items of one page, and the
 * last page number a {@code long} can hold. One page or every page, blocking or async, the caller
 * gets a {@link ProtocolException} naming the operation and the item, or a listing that ends; never
 * a list holding a null nor a request for a negative page.
 */
@WireMockTest
class KarlaListingMisbehaviourTest {

  private static final String ORDERS = "/v1/shops/gokarla/orders";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey("karla-secret-key-42")
        .maxRetries(0).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aNullAmongOnePagesItemsIsAProtocolErrorNamingTheOperationAndIndex() {
    stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("[{\"uuid\":\"o1\"},null]")));
    stubFor(get(urlPathEqualTo("/v1/deals")).willReturn(okJson("[null]")));
    stubFor(get(urlPathEqualTo("/v1/orgs/acme/members")).willReturn(okJson("[{},null]")));

    assertRefused("KarlaApi.searchOrders", "[1]", () -> client.orders().search(OrderSearchRequest.builder().build()));
    assertRefused("KarlaApi.listDeals", "[0]", () -> client.deals().list(PageRequest.builder().build()));
    assertRefused("KarlaApi.searchMembers", "[1]",
        () -> client.organizations().searchMembers("acme", PageRequest.builder().build()));
    assertRefused("KarlaApi.searchOrders", "[1]",
        () -> client.orders().searchAll(OrderSearchRequest.builder().build()).forEach(o -> { }));
  }

  @Test
  void theAsyncFormsFailTheirFutureWithTheSameError() {
    stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("[{\"uuid\":\"o1\"},null]")));
    stubFor(get(urlPathEqualTo("/v1/deals")).willReturn(okJson("[null]")));

    assertRefused("KarlaApi.searchOrders", "[1]",
        () -> join(() -> client.async().orders().search(OrderSearchRequest.builder().build()).join()));
    assertRefused("KarlaApi.listDeals", "[0]",
        () -> join(() -> client.async().deals().list(PageRequest.builder().build()).join()));
    assertRefused("KarlaApi.searchOrders", "[1]",
        () -> join(() -> client.async().orders().searchAll(OrderSearchRequest.builder().build())
            .forEach(o -> { }).join()));
  }

  @Test
  void aListingStartedAtTheLastPageNumberEndsThereBlockingOrAsync() {
    stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("[{\"uuid\":\"o1\"},{\"uuid\":\"o2\"}]")));
    OrderSearchRequest last = OrderSearchRequest.builder().page(Long.MAX_VALUE).perPage(2L).build();

    assertEquals(2, client.orders().searchAll(last).stream().count());
    assertEquals(List.of(ORDERS + "?page=" + Long.MAX_VALUE + "&per_page=2"), sent());

    resetAllRequests();
    List<Order> seen = new ArrayList<>();
    client.async().orders().searchAll(last).forEach(seen::add).join();
    assertEquals(2, seen.size());
    assertEquals(List.of(ORDERS + "?page=" + Long.MAX_VALUE + "&per_page=2"), sent());
  }

  private static List<String> sent() {
    return findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getUrl()).collect(Collectors.toList());
  }

  private static Object join(Supplier<Object> call) {
    try {
      return call.get();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  private static void assertRefused(String operation, String index, Executable call) {
    ProtocolException e = assertThrows(ProtocolException.class, call);
    assertTrue(e.getMessage().contains(operation), e.getMessage());
    assertTrue(e.getMessage().contains("JSON null at " + index), e.getMessage());
  }
}

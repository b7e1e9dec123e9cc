package io.commerceclients.karla.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.shop.Shop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-call options on a view of the Karla client, and raw responses: what went over the wire. */
@WireMockTest
class KarlaViewsAndRawResponsesTest {

  private static final String KEY = "karla-views-test-key-7";
  private static final String SHOP = "/v1/shops/gokarla";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey(KEY).karlaVersion("2025-01-15")
        .sleeper(sleeper).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static PlaceOrderRequest order() {
    return PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
        .address(Address.builder().zipCode("10178").build()).build();
  }

  @Test
  void aViewSendsItsHeaderAndQueryParameterOnEveryCallAndTheOriginalDoesNot() throws Exception {
    stubFor(get(urlPathEqualTo(SHOP + "/orders")).willReturn(okJson("[]")));
    KarlaClient traced = client.withOptions(o -> o.header("X-Trace", "trace-42").queryParameter("debug", "1"));

    traced.orders().search(OrderSearchRequest.builder().perPage(5L).build());
    traced.async().orders().search(OrderSearchRequest.builder().perPage(5L).build()).get(20, TimeUnit.SECONDS);
    client.orders().search(OrderSearchRequest.builder().perPage(5L).build());

    verify(2, getRequestedFor(urlEqualTo(SHOP + "/orders?per_page=5&debug=1"))
        .withHeader("X-Trace", equalTo("trace-42"))
        .withHeader("Karla-Version", equalTo("2025-01-15"))
        .withHeader("Authorization", equalTo("Basic " + java.util.Base64.getEncoder()
            .encodeToString(("gokarla:" + KEY).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    verify(1, getRequestedFor(urlEqualTo(SHOP + "/orders?per_page=5")).withHeader("X-Trace", absent()));
  }

  @Test
  void aViewOfAViewMergesTheirOptionsAndShopsOfAViewKeepThem() {
    stubFor(get(urlPathEqualTo("/v1/shops/other-shop")).willReturn(okJson("{\"slug\":\"other-shop\"}")));
    KarlaClient both = client.withOptions(o -> o.header("X-Trace", "t1"))
        .withOptions(RequestOptions.builder().header("X-Tenant-Hint", "eu").queryParameter("debug", "1").build());

    assertEquals("other-shop", both.shop("other-shop").get().slug());

    verify(getRequestedFor(urlEqualTo("/v1/shops/other-shop?debug=1"))
        .withHeader("X-Trace", equalTo("t1")).withHeader("X-Tenant-Hint", equalTo("eu")));
  }

  @Test
  void maxRetriesZeroOnAViewSendsOnceWhileTheClientRetries() {
    stubFor(get(urlPathEqualTo(SHOP)).willReturn(aResponse().withStatus(503)));

    assertThrows(ServerException.class, () -> client.withOptions(o -> o.maxRetries(0)).shop().get());
    verify(1, getRequestedFor(urlPathEqualTo(SHOP)));

    assertThrows(ServerException.class, () -> client.shop().get());
    verify(1 + 3, getRequestedFor(urlPathEqualTo(SHOP)));
  }

  @Test
  void aRateLimitedOrderIsRetriedAfterRetryAfterUnlessTheViewSaysNo() {
    stubFor(post(urlPathEqualTo(SHOP + "/orders")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

    assertThrows(RateLimitException.class, () -> client.orders().place(order()));
    verify(3, postRequestedFor(urlPathEqualTo(SHOP + "/orders")));
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.delays);

    assertThrows(RateLimitException.class, () -> client.withOptions(o -> o.retryRateLimited(false)).orders().place(order()));
    verify(4, postRequestedFor(urlPathEqualTo(SHOP + "/orders")));
  }

  @Test
  void aViewsTimeoutEndsTheCallWhileTheClientWaits() throws Exception {
    stubFor(get(urlPathEqualTo(SHOP)).willReturn(okJson("{\"slug\":\"gokarla\"}").withFixedDelay(1500)));
    KarlaClient quick = client.withOptions(o -> o.timeout(Duration.ofMillis(300)).maxRetries(0));

    assertThrows(ApiTimeoutException.class, () -> quick.shop().get());
    Throwable async = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> quick.async().shop().get().get(20, TimeUnit.SECONDS)).getCause();
    assertInstanceOf(ApiTimeoutException.class, async);
    assertEquals("gokarla", client.shop().get().slug());
  }

  @Test
  void credentialsAndTheClientsOwnHeadersCannotBeSetPerCall() {
    for (String name : new String[] {"Authorization", "X-API-Key", "Cookie", "Karla-Signature-Secret"}) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> client.withOptions(o -> o.header(name, "value-123")), name);
      assertFalse(e.getMessage().contains("value-123"), e.getMessage());
    }
    ValidationException version = assertThrows(ValidationException.class,
        () -> client.withOptions(o -> o.header("Karla-Version", "2020-01-01")));
    assertTrue(version.getMessage().contains("cannot be replaced per call"), version.getMessage());
    assertThrows(ValidationException.class, () -> client.withOptions(o -> o.queryParameter("api_key", "x")));
  }

  @Test
  void aViewSharesTheClientsConnectionsAndItsCloseLeavesTheClientOpen() throws Exception {
    try (RawServer server = new RawServer(x -> x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Content-Length: 18\r\n\r\n{\"slug\":\"gokarla\"}"));
        KarlaClient own = KarlaClient.builder().baseUrl(server.url()).shop("gokarla").apiKey(KEY).build()) {
      KarlaClient view = own.withOptions(o -> o.header("X-Trace", "t"));
      own.shop().get();
      view.shop().get();
      view.async().shop().get().get(20, TimeUnit.SECONDS);
      view.close();
      own.shop().get();

      assertEquals(4, server.exchanges().size());
      assertEquals(1, server.connections(), "the view and its async twin reuse the client's pooled connection");
      assertEquals(List.of(1, 1, 1, 1), server.exchanges().stream().map(e -> e.connection).collect(Collectors.toList()));
    }
  }

  @Test
  void aRawResponseHasTheStatusHeadersAndRequestIdOfASuccessfulCall() {
    stubFor(get(urlPathEqualTo(SHOP)).willReturn(okJson("{\"slug\":\"gokarla\"}")
        .withHeader("X-Request-Id", "req-7f3a").withHeader("X-Ratelimit-Remaining", "99")));

    RawResponse<Shop> raw = client.withRawResponse(c -> c.shop().get());

    assertEquals("gokarla", raw.body().slug());
    assertEquals(200, raw.statusCode());
    assertEquals("req-7f3a", raw.requestId().orElseThrow());
    assertEquals("99", raw.header("x-ratelimit-remaining").orElseThrow());
    assertEquals("GET", raw.lastExchange().orElseThrow().method());
    assertTrue(raw.lastExchange().orElseThrow().url().endsWith(SHOP), raw.lastExchange().orElseThrow().url());
    assertFalse(raw.toString().contains(KEY));
  }

  @Test
  void aRawResponseOfAListingHasEveryPageAndOfAVoidCallItsStatus() {
    stubFor(get(urlEqualTo(SHOP + "/orders?page=1&per_page=2")).willReturn(okJson("[{\"uuid\":\"a\"},{\"uuid\":\"b\"}]")));
    stubFor(get(urlEqualTo(SHOP + "/orders?page=2&per_page=2")).willReturn(okJson("[{\"uuid\":\"c\"}]")
        .withHeader("X-Request-Id", "req-page-2")));
    stubFor(post(urlPathEqualTo(SHOP + "/orders")).willReturn(aResponse().withStatus(201).withHeader("X-Request-Id", "req-placed")));

    RawResponse<List<String>> pages = client.withRawResponse(c -> c.orders()
        .searchAll(OrderSearchRequest.builder().perPage(2L).build()).stream().map(Order::uuid).collect(Collectors.toList()));
    assertEquals(List.of("a", "b", "c"), pages.body());
    assertEquals(2, pages.exchanges().size());
    assertEquals("req-page-2", pages.requestId().orElseThrow());

    RawResponse<Void> placed = client.withRawResponse(c -> {
      c.orders().place(order());
      return null;
    });
    assertEquals(201, placed.statusCode());
    assertEquals("req-placed", placed.requestId().orElseThrow());
  }

  @Test
  void anErrorInsideARawCallStillThrowsItsTypedException() {
    stubFor(get(urlPathEqualTo(SHOP)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withHeader("X-Request-Id", "req-missing")
        .withBody("{\"errors\":[],\"key\":\"shop_not_found\",\"message\":\"Shop not found\",\"type\":\"invalid_request_error\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.withRawResponse(c -> c.shop().get()));
    assertEquals("req-missing", e.requestId().orElseThrow());
  }
}

package io.commerceclients.karla.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit of Karla's reference, at its edges: the value exactly at the limit goes over the wire
 * unchanged under its wire name, and the value one past it is refused before the network with a
 * {@link ValidationException} naming the field and the limit.
 */
@WireMockTest
class KarlaLimitBoundaryTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String URL_PREFIX = "https://shop.example/";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"uuid\":\"x-1\",\"slug\":\"gokarla\"}")));
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).username("gokarla").apiKey("k-1234567890")
        .maxRetries(0).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  /**
   * One documented limit: the field the error names, the limit it states, the JSON pointer where the
   * value travels, the value at the limit and the value one past it, and the call that sends a value.
   */
  record Edge(String field, String limit, String pointer, Object atLimit, Object pastLimit,
      Function<Object, Consumer<KarlaClient>> call) {
    @Override
    public String toString() {
      return field + " = " + shown(atLimit) + " passes, " + shown(pastLimit) + " fails";
    }

    private static String shown(Object value) {
      return value instanceof String s && s.length() > 20 ? s.length() + " characters" : String.valueOf(value);
    }
  }

  private static Edge numbers(String field, String limit, String pointer, long at, long past, LongFunction<Consumer<KarlaClient>> call) {
    return new Edge(field, limit, pointer, at, past, v -> call.apply((Long) v));
  }

  private static Edge text(String field, String limit, String pointer, String at, String past, Function<String, Consumer<KarlaClient>> call) {
    return new Edge(field, limit, pointer, at, past, v -> call.apply((String) v));
  }

  private static String url(int length) {
    return URL_PREFIX + "x".repeat(length - URL_PREFIX.length());
  }

  static Stream<Edge> edges() {
    return Stream.of(
        numbers("expectedNumberOfShipments", "at most 100", "/expected_number_of_shipments", 100, 101,
            n -> c -> c.orders().place(order().expectedNumberOfShipments(n).build())),
        numbers("expectedNumberOfShipments", "at most 100", "/expected_number_of_shipments", 100, 101,
            n -> c -> c.orders().update("o-1", UpdateOrderRequest.builder().expectedNumberOfShipments(n).build())),
        numbers("order.expectedNumberOfShipments", "at most 100", "/order/expected_number_of_shipments", 100, 101,
            n -> c -> c.orders().upsert(UpsertOrderRequest.builder().id("1").order(order().expectedNumberOfShipments(n).build()).build())),
        numbers("requests[0].order.expectedNumberOfShipments", "at most 100", "/0/order/expected_number_of_shipments", 100, 101,
            n -> c -> c.orders().fulfill(List.of(UpsertOrderRequest.builder().id("1").order(order().expectedNumberOfShipments(n).build()).build()))),
        numbers("holdoutPercentage", "between 0 and 100", "/holdout_percentage", 100, 101,
            n -> c -> c.shop().abTests().create(abTest().holdoutPercentage(n).build())),
        numbers("holdoutPercentage", "between 0 and 100", "/holdout_percentage", 0, -1,
            n -> c -> c.shop().abTests().create(abTest().holdoutPercentage(n).build())),
        numbers("campaigns[1].allocation", "between 0 and 100", "/campaigns/1/allocation", 100, 101,
            n -> c -> c.shop().abTests().create(abTest().addCampaign(AbTestCampaign.builder().campaignId("b").allocation(n).build()).build())),
        numbers("campaigns[1].allocation", "between 0 and 100", "/campaigns/1/allocation", 0, -1,
            n -> c -> c.shop().abTests().create(abTest().addCampaign(AbTestCampaign.builder().campaignId("b").allocation(n).build()).build())),
        text("apiKey", "16..128", "/api_key", "k".repeat(16), "k".repeat(15), k -> c -> c.shop().setKlaviyoKey(k)),
        text("apiKey", "16..128", "/api_key", "k".repeat(128), "k".repeat(129), k -> c -> c.shop().setKlaviyoKey(k)),
        text("accessToken", "16..128", "/api_key", "t".repeat(16), "t".repeat(15), k -> c -> c.shop().setShopifyAccessToken(k)),
        text("accessToken", "16..128", "/api_key", "t".repeat(128), "t".repeat(129), k -> c -> c.shop().setShopifyAccessToken(k)),
        text("secret", "16..64", "/secret", "s".repeat(16), "s".repeat(15),
            s -> c -> c.webhooks().create(CreateWebhookRequest.builder().url("https://h.example/k").secret(s).build())),
        text("secret", "16..64", "/secret", "s".repeat(64), "s".repeat(65),
            s -> c -> c.webhooks().create(CreateWebhookRequest.builder().url("https://h.example/k").secret(s).build())),
        text("url", "65536", "/url", url(65_536), url(65_537),
            u -> c -> c.webhooks().create(CreateWebhookRequest.builder().url(u).build())),
        text("url", "65536", "/url", url(65_536), url(65_537),
            u -> c -> c.webhooks().update("w-1", UpdateWebhookRequest.builder().url(u).build())),
        text("shopAdminUrl", "65536", "/shop_admin_url", url(65_536), url(65_537),
            u -> c -> c.shops().create(CreateShopRequest.builder().name("n").slug("s").shopAdminUrl(u).build())),
        text("shopUrl", "65536", "/shop_url", url(65_536), url(65_537),
            u -> c -> c.shop().update(UpdateShopRequest.builder().shopUrl(u).build())),
        text("logoUrl", "65536", "/logo_url", url(65_536), url(65_537),
            u -> c -> c.shop().update(UpdateShopRequest.builder().logoUrl(u).build())),
        text("shopUrl", "1..65536", "/shop_url", "https://s.example", "",
            u -> c -> c.shops().create(CreateShopRequest.builder().name("n").slug("s").shopUrl(u).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void atTheLimitIsSentOnePastIsRefused(Edge edge) throws Exception {
    edge.call().apply(edge.atLimit()).accept(client);
    List<LoggedRequest> sent = findAll(anyRequestedFor(anyUrl()));
    assertEquals(1, sent.size());
    JsonNode value = JSON.readTree(sent.get(0).getBodyAsString()).at(edge.pointer());
    assertEquals(String.valueOf(edge.atLimit()), value.asText(), "sent as given at " + edge.pointer());
    assertEquals(edge.atLimit() instanceof Long, value.isIntegralNumber(), "a number stays a number");

    resetAllRequests();
    ValidationException e = assertThrows(ValidationException.class, () -> edge.call().apply(edge.pastLimit()).accept(client));
    assertEquals(edge.field(), e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(edge.limit()), () -> "the limit is stated: " + e.getMessage());
    assertTrue(findAll(anyRequestedFor(anyUrl())).isEmpty(), "nothing sent");
  }

  @Test
  void theWebhookSearchsUrlFilterHasTheLimitsOfAWebhookUrl() {
    stubFor(get(urlPathEqualTo("/v1/shops/gokarla/webhooks")).willReturn(okJson("[]")));
    client.webhooks().search(WebhookSearchRequest.builder().url("https://h.example/k?a=1&b=2").build());
    assertEquals("https://h.example/k?a=1&b=2", findAll(anyRequestedFor(anyUrl())).get(0).queryParameter("url").firstValue());
    resetAllRequests();

    for (String bad : List.of("", "hooks.example.com/k", "ftp://h.example/k", url(65_537))) {
      WebhookSearchRequest request = WebhookSearchRequest.builder().url(bad).build();
      ValidationException page = assertThrows(ValidationException.class, () -> client.webhooks().search(request));
      assertEquals("url", page.field(), page.getMessage());
      ValidationException all = assertThrows(ValidationException.class, () -> client.webhooks().searchAll(request));
      assertEquals("url", all.field());
      CompletionException async = assertThrows(CompletionException.class, () -> client.async().webhooks().search(request).join());
      assertEquals("url", assertInstanceOf(ValidationException.class, async.getCause()).field());
    }
    assertTrue(findAll(anyRequestedFor(anyUrl())).isEmpty(), "nothing sent");
  }

  private static io.commerceclients.karla.model.order.ImmutablePlaceOrderRequest.Builder order() {
    return PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001").address(Address.builder().zipCode("10178").build());
  }

  private static io.commerceclients.karla.model.campaign.ImmutableCreateAbTestRequest.Builder abTest() {
    return CreateAbTestRequest.builder().name("n").segment("s").campaignType(PromotionType.BASIC)
        .startDate(T).endDate(T.plusDays(1)).addCampaign(AbTestCampaign.builder().campaignId("a").allocation(50L).build());
  }
}

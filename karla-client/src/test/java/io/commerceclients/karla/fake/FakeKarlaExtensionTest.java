package io.commerceclients.karla.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * FakeKarla as one of the fake family: the fake and a ready client injected as parameters (the
 * client closed after its test), {@code reset()}, and what {@code clientBuilder()} sets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeKarlaExtensionTest {

  private static final String ORDERS = "/v1/shops/gokarla/orders";

  @RegisterExtension
  static FakeKarla karla = new FakeKarla("family-user", "karla-family-key-0001");

  private static KarlaClient injectedEarlier;

  @BeforeEach
  void clean() {
    karla.reset();
  }

  private static PlaceOrderRequest order(String number) {
    return PlaceOrderRequest.builder().orderNumber(number).externalId("e-" + number)
        .address(Address.builder().zipCode("10178").build()).build();
  }

  @Test
  @Order(1)
  void injectsTheFakeAndAClientThatCallsItOverTheWire(FakeKarla fake, KarlaClient client) {
    client.orders().place(order("1001"));

    assertSame(karla, fake);
    assertEquals(1, karla.orders(karla.shop()).size());
    RecordedRequest sent = karla.requests().get(0);
    assertEquals("POST " + ORDERS, sent.method() + " " + sent.path());
    assertEquals("Basic " + Base64.getEncoder().encodeToString(
        "family-user:karla-family-key-0001".getBytes(StandardCharsets.UTF_8)), sent.header("Authorization").orElseThrow());
    assertEquals("gokarla", client.defaultShop());
    injectedEarlier = client;
  }

  @Test
  @Order(2)
  void theInjectedClientWasClosedAfterItsTest() {
    assertNotNull(injectedEarlier, "the injection test runs first");
    assertThrows(IllegalStateException.class, () -> injectedEarlier.orders().place(order("1002")));
    assertEquals(List.of(), karla.requests());
  }

  @Test
  void resetKeepsOnlyAFreshDefaultShopAndForgetsRequestsFaultsAndTheExpiredKey(KarlaClient client) {
    String baseUrl = karla.baseUrl();
    client.orders().place(order("2001"));
    client.shops().create(CreateShopRequest.builder().name("Second").slug("second").build());
    karla.expireApiKey();
    karla.faults().failNext(5, RequestMatcher.of("GET", ORDERS), Fault.status(500));

    karla.reset();

    assertEquals(List.of(), karla.orders(karla.shop()));
    assertEquals(List.of("gokarla"), client.shops().search(ShopSearchRequest.builder().build()).stream()
        .map(s -> s.slug()).collect(Collectors.toList()));
    assertEquals(List.of(), client.orders().search(OrderSearchRequest.builder().build()));
    assertEquals(List.of("GET /v1/shops", "GET " + ORDERS), karla.requests().stream()
        .map(r -> r.method() + " " + r.path()).collect(Collectors.toList()), "no 401, no retried 500");
    assertEquals(baseUrl, karla.baseUrl());
  }

  @Test
  void clientBuilderRetriesA503WithoutWaitingItsRetryAfter() {
    karla.faults().failNext(2, RequestMatcher.of("GET", ORDERS), Fault.status(503).withHeader("Retry-After", "60"));

    // A real sleeper would wait the 60 s Retry-After twice here; the fake's sleeper returns at once.
    try (KarlaClient client = karla.clientBuilder(KarlaClient.Builder.class).build()) {
      assertEquals(List.of(), client.orders().search(OrderSearchRequest.builder().build()));
    }

    assertEquals(List.of("GET " + ORDERS, "GET " + ORDERS, "GET " + ORDERS), karla.requests().stream()
        .map(r -> r.method() + " " + r.path()).collect(Collectors.toList()));
    assertEquals(2, karla.faults().played().size());
  }

  @Test
  void settingsMadeOnTheBuilderAfterwardsWin() {
    karla.faults().failNext(1, RequestMatcher.of("GET", ORDERS), Fault.status(503));
    KarlaClient.Builder builder = karla.clientBuilder();

    try (KarlaClient client = builder.maxRetries(0).build()) {
      assertThrows(ServerException.class, () -> client.orders().search(OrderSearchRequest.builder().build()));
    }
    assertEquals(1, karla.requests().size());
  }
}

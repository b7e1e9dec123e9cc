package io.commerceclients.karla.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a user's test meets when it drives the real client against FakeKarla, and inspects a shop it never made. */
class FakeKarlaFidelityTest {

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  @BeforeEach
  void clean() {
    karla.reset();
  }

  private static PlaceOrderRequest order(String number) {
    return PlaceOrderRequest.builder().orderNumber(number).externalId("e-" + number)
        .address(Address.builder().zipCode("10178").build()).build();
  }

  @Test
  void aClientForAShopTheFakeLacksGetsKarlasNotFoundAndTheTestsInspectionSaysHowToAddIt() {
    try (KarlaClient client = karla.clientBuilder(KarlaClient.Builder.class).shop("second").build()) {
      NotFoundException e = assertThrows(NotFoundException.class,
          () -> client.orders().search(OrderSearchRequest.builder().build()));
      assertEquals("shop_not_found", e.errorCode().orElseThrow());

      IllegalArgumentException inspection = assertThrows(IllegalArgumentException.class, () -> karla.orders("second"));
      assertTrue(inspection.getMessage().contains("addShop"), inspection.getMessage());

      karla.addShop("second");
      client.orders().place(order("2001"));
      assertEquals("2001", karla.orders("second").get(0).path("order_number").asText());
    }
    karla.reset();
    assertThrows(IllegalArgumentException.class, () -> karla.orders("second"));
  }

  @Test
  void aFaultOnAMethodTheRouteDoesNotServeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> karla.faults().failNext(1, RequestMatcher.of("DELETE", "/v1/shops/{slug}/orders"), Fault.status(503)));
    karla.faults().failNext(1, RequestMatcher.of("*", "/v1/shops/{slug}/orders"), Fault.status(404));

    try (KarlaClient client = karla.clientBuilder(KarlaClient.Builder.class).build()) {
      assertThrows(NotFoundException.class, () -> client.orders().search(OrderSearchRequest.builder().build()));
      assertEquals(0, client.orders().search(OrderSearchRequest.builder().build()).size());
    }
  }
}

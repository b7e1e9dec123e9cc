package io.commerceclients.karla.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FakeKarla example of docs/karla.md, kept compiling and passing. */
class DocsExampleTest {

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  @Test
  void syncPlacesTheOrderWithItsTracking() {
    try (KarlaClient client = KarlaClient.builder().baseUrl(karla.baseUrl())
        .username(FakeKarla.DEFAULT_USERNAME).apiKey(FakeKarla.DEFAULT_API_KEY)
        .sleeper(duration -> { }).build()) {
      client.orders().place(PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
          .address(Address.builder().zipCode("10178").build()).build());
      client.orders().upsert(UpsertOrderRequest.builder().id("1001")
          .addTracking(OrderTracking.builder().trackingNumber("TRK-1").build()).build());

      JsonNode stored = karla.orders(FakeKarla.DEFAULT_SHOP).get(0);
      assertEquals("TRK-1", stored.at("/trackings/0/carrier/tracking_number").asText());

      karla.faults().failNext(1, RequestMatcher.of("GET", "/v1/shops/{slug}/orders"), Fault.status(503));
      assertEquals(1, client.orders().search(OrderSearchRequest.builder().build()).size());
      assertEquals(2, karla.requestCount("GET", "/v1/shops/{slug}/orders"), "the 503 was retried");
    }
  }
}

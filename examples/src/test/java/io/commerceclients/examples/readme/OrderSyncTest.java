package io.commerceclients.examples.readme;

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

class OrderSyncTest {

  @RegisterExtension
  final FakeKarla karla = new FakeKarla();          // a fresh fake per test; shop "gokarla" exists

  @Test
  void placesTheOrderWithItsTracking() {
    try (KarlaClient client = KarlaClient.builder().baseUrl(karla.baseUrl())
        .username(FakeKarla.DEFAULT_USERNAME).apiKey(FakeKarla.DEFAULT_API_KEY)
        .sleeper(d -> { })                          // no real waits between retries
        .build()) {
      client.orders().place(PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
          .address(Address.builder().zipCode("10178").build()).build());
      client.orders().upsert(UpsertOrderRequest.builder().id("1001")
          .addTracking(OrderTracking.builder().trackingNumber("TRK-1").build()).build());

      JsonNode stored = karla.orders(FakeKarla.DEFAULT_SHOP).get(0);   // the fake's state, as Karla's JSON
      assertEquals("TRK-1", stored.at("/trackings/0/carrier/tracking_number").asText());

      karla.faults().failNext(1, RequestMatcher.of("GET", "/v1/shops/{slug}/orders"), Fault.status(503));
      assertEquals(1, client.orders().search(OrderSearchRequest.builder().build()).size());   // retried
    }
  }
}

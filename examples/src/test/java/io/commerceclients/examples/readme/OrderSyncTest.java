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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderSyncTest {

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();          // user "gokarla"; its shop "gokarla" exists

  @BeforeEach
  void clean() {
    karla.reset();                                    // back to the one empty shop; no requests, no faults
  }

  @Test
  void placesTheOrderWithItsTracking(KarlaClient client) {   // built by karla.clientBuilder(), closed after the test
    client.orders().place(PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
        .address(Address.builder().zipCode("10178").build()).build());
    client.orders().upsert(UpsertOrderRequest.builder().id("1001")
        .addTracking(OrderTracking.builder().trackingNumber("TRK-1").build()).build());

    JsonNode stored = karla.orders(karla.shop()).get(0);     // the fake's state, as Karla's JSON
    assertEquals("TRK-1", stored.at("/trackings/0/carrier/tracking_number").asText());

    karla.faults().failNext(1, RequestMatcher.of("GET", "/v1/shops/{slug}/orders"), Fault.status(503));
    assertEquals(1, client.orders().search(OrderSearchRequest.builder().build()).size());   // retried, no wait
  }

  @Test
  void pinsTheApiVersion() {
    try (KarlaClient client = karla.clientBuilder(KarlaClient.Builder.class).karlaVersion("2025-01-15").build()) {
      client.orders().search(OrderSearchRequest.builder().build());
    }
    assertEquals("2025-01-15", karla.requests().get(0).header("Karla-Version").orElseThrow());
  }
}

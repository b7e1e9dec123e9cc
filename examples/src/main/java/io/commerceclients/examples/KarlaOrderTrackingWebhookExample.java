package io.commerceclients.examples;

import com.sun.net.httpserver.HttpServer;
import io.commerceclients.examples.support.Console;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.ShipmentUpdateData;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.webhook.WebhookVerificationException;
import io.commerceclients.karla.webhook.WebhookVerifier;
import io.commerceclients.testing.karla.FakeKarla;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The order-tracking loop with webhooks, end to end on an embedded {@link FakeKarla}: a local
 * endpoint verifies Karla's signature, a webhook is registered for it, an order is placed, its
 * tracking upserted and a carrier event added, and the fake delivers the signed shipment update.
 */
public final class KarlaOrderTrackingWebhookExample {

  private KarlaOrderTrackingWebhookExample() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    WebhookVerifier[] verifier = new WebhookVerifier[1];
    endpoint.createContext("/karla/webhooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status = 204;
      try {
        received.add(verifier[0].verify(body, exchange.getRequestHeaders().getFirst(WebhookVerifier.SIGNATURE_HEADER)));
      } catch (WebhookVerificationException e) {
        Console.note("endpoint rejected a delivery: " + e.reason() + " (" + e.getMessage() + ")");
        status = 400;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    endpoint.start();
    String endpointUrl = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/karla/webhooks";

    try (FakeKarla karlaServer = FakeKarla.started();
        KarlaClient karla = KarlaClient.builder().baseUrl(karlaServer.baseUrl())
            .username(karlaServer.username()).apiKey(karlaServer.apiKey()).build()) {
      Console.fakeOnly("Karla", karlaServer.baseUrl(), "the real Karla cannot reach a local endpoint");

      Console.step("Registering webhook for " + endpointUrl);
      Webhook webhook = karla.webhooks().create(CreateWebhookRequest.builder().url(endpointUrl)
          .description("order tracking example").build());
      verifier[0] = WebhookVerifier.builder().secret(webhook.secret().orElseThrow()).build();
      Console.detail("webhook uuid", webhook.uuid());
      Console.detail("secret", "returned once, kept by the endpoint's verifier");

      String orderNumber = "WH-" + System.currentTimeMillis() / 1000;
      Console.step("Placing order " + orderNumber);
      karla.orders().place(PlaceOrderRequest.builder().orderNumber(orderNumber).externalId("ext-" + orderNumber)
          .address(Address.builder().name("Jane Doe").city("Berlin").zipCode("10178").countryCode("DE").build())
          .build());

      Console.step("Upserting its tracking (DHL 00340434161094042557)");
      karla.orders().upsert(UpsertOrderRequest.builder().id(orderNumber)
          .addTracking(OrderTracking.builder().trackingNumber("00340434161094042557").carrierReference(Carrier.DHL).build())
          .build());
      String shipmentId = karla.orders().search(OrderSearchRequest.builder().orderNumber(orderNumber).build())
          .get(0).trackings().get(0).uuid().orElseThrow();

      Console.step("Carrier reports OUT_FOR_DELIVERY");
      karla.shipments().addEvent(shipmentId, CreateShipmentEventRequest.builder()
          .eventName(ShipmentEventName.OUT_FOR_DELIVERY).eventTime(OffsetDateTime.now(ZoneOffset.UTC))
          .externalId("evt-" + orderNumber).build());

      Console.step("Karla delivers the signed shipment update");
      List<Integer> statuses = karlaServer.deliverShipmentUpdate(karla.defaultShop(), shipmentId);
      Console.detail("endpoint answered", statuses);
      if (received.size() != 1 || !statuses.equals(List.of(204))) {
        throw new IllegalStateException("the endpoint did not verify the delivery: " + statuses);
      }
      for (WebhookEvent event : received) {
        Console.detail("verified event", event.eventGroup().orElse("?") + " about " + event.ref().orElse("?"));
        ShipmentUpdateData data = event.shipmentUpdate().orElseThrow();
        data.newEvents().forEach(e -> Console.detail("new carrier event", e.eventKey().orElse("?")));
      }

      Console.step("A forged delivery (wrong secret) is rejected");
      int forged = karlaServer.deliverEvent(endpointUrl, "not-the-webhook-secret", "{\"event_group\":\"shipment_updates\"}");
      Console.detail("endpoint answered", forged);
      if (forged != 400) {
        throw new IllegalStateException("the forged delivery was accepted");
      }
    } finally {
      endpoint.stop(0);
    }
  }
}

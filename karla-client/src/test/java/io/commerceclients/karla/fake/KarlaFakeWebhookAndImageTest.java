package io.commerceclients.karla.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.ShipmentUpdateData;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import io.commerceclients.karla.shop.ImageUpload;
import io.commerceclients.karla.webhook.WebhookVerificationException;
import io.commerceclients.karla.webhook.WebhookVerifier;
import io.commerceclients.testing.karla.FakeKarla;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class KarlaFakeWebhookAndImageTest {

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  private KarlaClient client;
  private HttpServer receiver;
  private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();
  private final List<String> rejected = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    client = karla.clientBuilder(KarlaClient.Builder.class).build();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    client.close();
  }

  private String receive(WebhookVerifier verifier) {
    receiver.createContext("/karla", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status;
      try {
        received.add(verifier.verify(body, exchange.getRequestHeaders().getFirst(WebhookVerifier.SIGNATURE_HEADER)));
        status = 204;
      } catch (WebhookVerificationException e) {
        rejected.add(e.reason().name());
        status = 400;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/karla";
  }

  @Test
  void deliversASignedShipmentUpdateThatTheVerifierAccepts() {
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/karla";
    Webhook hook = client.webhooks().create(CreateWebhookRequest.builder().url(url).build());
    String secret = hook.secret().orElseThrow();
    assertTrue(client.webhooks().search(WebhookSearchRequest.builder().build()).get(0).secret().isEmpty(),
        "the secret is returned only at creation");
    receive(WebhookVerifier.builder().secret(secret).build());

    client.orders().place(PlaceOrderRequest.builder().orderNumber("W1").externalId("w1")
        .address(Address.builder().zipCode("10178").build()).build());
    client.orders().upsert(UpsertOrderRequest.builder().id("W1")
        .addTracking(OrderTracking.builder().trackingNumber("TRK-W").build()).build());
    String shipmentId = client.orders().search(OrderSearchRequest.builder().orderNumber("W1").build())
        .get(0).trackings().get(0).uuid().orElseThrow();
    client.shipments().addEvent(shipmentId, CreateShipmentEventRequest.builder()
        .eventName(ShipmentEventName.OUT_FOR_DELIVERY).eventTime(OffsetDateTime.now()).externalId("w-e1").build());

    assertEquals(List.of(204), karla.deliverShipmentUpdate(FakeKarla.DEFAULT_SHOP, shipmentId));

    assertEquals(1, received.size());
    WebhookEvent event = received.get(0);
    assertEquals(Optional.of("shipment_updates"), event.eventGroup());
    ShipmentUpdateData data = event.shipmentUpdate().orElseThrow();
    assertEquals(Optional.of(shipmentId), data.shipmentUuid());
    assertEquals(Optional.of("OUT_FOR_DELIVERY"), data.newEvents().get(0).eventKey());
    assertEquals("W1", event.context().get("order_number"));
  }

  @Test
  void aReceiverWithAnotherSecretRejectsTheDelivery() {
    String url = receive(WebhookVerifier.builder().secret("a-completely-different-secret").build());
    assertEquals(400, karla.deliverEvent(url, "the-real-secret-0001", "{\"event_group\":\"x\"}"));
    assertEquals(List.of("SIGNATURE_MISMATCH"), rejected);
  }

  @Test
  void aValidlySignedBodyThatIsNotAnEventObjectIsRefused() {
    String secret = "the-real-secret-0001";
    String url = receive(WebhookVerifier.builder().secret(secret).build());
    List<String> bodies = List.of("null", " null ", "42", "\"shipment_updates\"", "true", "[]",
        "[{\"event_group\":\"shipment_updates\"}]", "", "   ");
    for (String body : bodies) {
      assertEquals(400, karla.deliverEvent(url, secret, body), "body: " + body);
    }
    assertEquals(List.of(), received, "no event, and no null event, reached the application");
    assertEquals(bodies.size(), rejected.size());
    assertTrue(rejected.stream().allMatch("INVALID_PAYLOAD"::equals), rejected.toString());
  }

  @Test
  void uploadsAnImageFileAsOneStreamedPart(@TempDir Path dir) throws Exception {
    Path logo = dir.resolve("logo.png");
    byte[] png = new byte[64 * 1024];
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    Files.write(logo, png);

    ShopImage image = client.shop().uploadImage(ImageType.LOGO, ImageUpload.of(logo, "image/png"));

    assertEquals(Optional.of(ImageType.LOGO), image.imageType());
    assertTrue(image.url().orElseThrow().startsWith("https://cdn.gokarla.io/gokarla/logo/"));
    FakeKarla.UploadedImage stored = karla.images(FakeKarla.DEFAULT_SHOP).get(0);
    assertEquals("logo.png", stored.filename());
    assertEquals("image/png", stored.contentType());
    assertEquals(png.length, stored.size());
    assertThrows(IllegalArgumentException.class, () -> ImageUpload.of(dir.resolve("missing.png")));
  }
}

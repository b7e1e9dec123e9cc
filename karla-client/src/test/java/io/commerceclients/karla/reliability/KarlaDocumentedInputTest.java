package io.commerceclients.karla.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Input Karla's reference allows goes over the wire as given, and FakeKarla accepts it; names the
 * reference does not list are still sent (forward compatible) and the fake refuses them as Karla would.
 */
class KarlaDocumentedInputTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final String EMOJI = "\uD83D\uDE00";

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  private KarlaClient client;

  @BeforeEach
  void setUp() {
    karla.reset();
    client = karla.clientBuilder(KarlaClient.Builder.class).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void abTestWithoutCampaignsOrEndingBeforeItStartsIsSent() {
    client.shop().abTests().create(CreateAbTestRequest.builder().name("n").segment("s")
        .campaignType(PromotionType.BASIC).startDate(T).endDate(T.minusDays(1)).build());

    JsonNode sent = body(single());
    assertEquals("[]", sent.get("campaigns").toString());
    assertEquals(T.minusDays(1), OffsetDateTime.parse(sent.get("end_date").asText()));
  }

  @Test
  void urlsWithUnderscoreOrInternationalHostsAreSent() {
    String underscore = "https://hooks_eu.shop.example/karla";
    String idn = "https://bücher.example/karla";
    client.webhooks().create(CreateWebhookRequest.builder().url(underscore).build());
    client.shops().create(CreateShopRequest.builder().name("Bücher").slug("buecher").shopUrl(idn).build());

    assertEquals(underscore, body(karla.requests().get(0)).get("url").asText());
    assertEquals(idn, body(karla.requests().get(1)).get("shop_url").asText());
    ValidationException noHost = assertThrows(ValidationException.class,
        () -> client.webhooks().create(CreateWebhookRequest.builder().url("https:///karla").build()));
    assertEquals("url", noHost.field());
    assertEquals(2, karla.requests().size());
  }

  @Test
  void lengthLimitsCountCharactersNotUtf16Units() {
    String fortyEmoji = EMOJI.repeat(40);
    client.webhooks().create(CreateWebhookRequest.builder().url("https://h.example").secret(fortyEmoji).build());
    assertEquals(fortyEmoji, body(single()).get("secret").asText());

    ValidationException tooShort = assertThrows(ValidationException.class, () -> client.webhooks().create(
        CreateWebhookRequest.builder().url("https://h.example").secret(EMOJI.repeat(10)).build()));
    assertEquals("secret: must be 16..64 characters long, got 10", tooShort.getMessage());
    assertEquals(1, karla.requests().size());
  }

  @Test
  void theFakeAcceptsExactlyTheDocumentedShipmentEventNames() {
    client.orders().place(PlaceOrderRequest.builder().orderNumber("1").externalId("e1")
        .address(Address.builder().zipCode("10178").build()).build());
    client.orders().upsert(UpsertOrderRequest.builder().id("1")
        .addTracking(OrderTracking.builder().trackingNumber("TRK-1").build()).build());
    String shipment = karla.orders(karla.shop()).get(0).at("/trackings/0/uuid").asText();
    int i = 0;
    for (ShipmentEventName name : ShipmentEventName.knownValues()) {
      client.shipments().addEvent(shipment, event(name, "e" + i++));
    }
    assertEquals(ShipmentEventName.knownValues().size(), karla.shipment(karla.shop(), shipment).get("events").size());

    InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
        () -> client.shipments().addEvent(shipment, event(ShipmentEventName.of("PARCEL_TELEPORTED"), "x")));
    assertEquals(422, unknown.statusCode());
    assertEquals("body.event_name", unknown.fieldErrors().get(0).field());
    RecordedRequest last = karla.requests().get(karla.requests().size() - 1);
    assertEquals("PARCEL_TELEPORTED", body(last).get("event_name").asText(), "the client sent it");
  }

  private static CreateShipmentEventRequest event(ShipmentEventName name, String externalId) {
    return CreateShipmentEventRequest.builder().eventName(name).eventTime(T).externalId(externalId).build();
  }

  private static RecordedRequest single() {
    List<RecordedRequest> sent = karla.requests();
    assertEquals(1, sent.size(), () -> "sent: " + sent);
    return sent.get(0);
  }

  private static JsonNode body(RecordedRequest request) {
    try {
      return FakeJson.mapper().readTree(request.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

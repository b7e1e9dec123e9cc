package io.commerceclients.karla.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.Language;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.BasicPromotionProperties;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignStatus;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimItem;
import io.commerceclients.karla.model.claim.ClaimReason;
import io.commerceclients.karla.model.claim.ClaimResolutionPreference;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.ClaimStatus;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.Phase;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.ShipmentState;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KarlaFakeWorkflowTest {

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  private KarlaClient client;

  @BeforeEach
  void connect() {
    client =
        KarlaClient.builder()
            .baseUrl(karla.baseUrl())
            .username(FakeKarla.DEFAULT_USERNAME)
            .apiKey(FakeKarla.DEFAULT_API_KEY)
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  static PlaceOrderRequest order(String number) {
    return PlaceOrderRequest.builder()
        .orderNumber(number)
        .externalId("ext-" + number)
        .address(Address.builder().name("Jane Doe").city("Berlin").zipCode("10178").build())
        .emailId("jane@example.com")
        .addSegment("b2c")
        .build();
  }

  @Test
  void createAShopAndReadItBack() {
    client.shops().create(
        CreateShopRequest.builder().name("Second Shop").slug("second").language(Language.DE)
            .shopUrl("https://second.example.com").build());

    Shop shop = client.shop("second").get();

    assertEquals("second", shop.slug());
    assertEquals(Optional.of("Second Shop"), shop.name());
    assertEquals(Optional.of(Language.DE), shop.language());
    ConflictException dup = assertThrows(ConflictException.class, () -> client.shops().create(
        CreateShopRequest.builder().name("Again").slug("second").build()));
    assertEquals(Optional.of("shop_exists"), dup.errorCode());
  }

  @Test
  void placeAnOrderUpsertTrackingsAndFollowEvents() {
    client.orders().place(order("1001"));
    client.orders().upsert(
        UpsertOrderRequest.builder()
            .id("1001")
            .addTracking(OrderTracking.builder().trackingNumber("TRK-1").carrierReference(Carrier.DHL).build())
            .build());
    client.orders().upsert(
        UpsertOrderRequest.builder()
            .id("1001")
            .addTracking(OrderTracking.builder().trackingNumber("TRK-1").trackingUrl("https://dhl.example/TRK-1").build())
            .build());

    Order placed = single(client.orders().search(OrderSearchRequest.builder().orderNumber("1001").build()));
    assertEquals(1, placed.trackings().size(), "the second upsert updated the same tracking");
    Shipment shipment = placed.trackings().get(0);
    assertEquals(Optional.of("https://dhl.example/TRK-1"), shipment.carrier().get().trackingUrl());
    assertEquals(Optional.of(Carrier.DHL), shipment.carrier().get().carrierReference());
    String shipmentId = shipment.uuid().orElseThrow();

    OffsetDateTime t0 = OffsetDateTime.parse("2026-11-20T08:00:00Z");
    client.shipments().addEvent(shipmentId, event(ShipmentEventName.PARCEL_DISPATCHED, t0, "e1"));
    client.shipments().addEvent(shipmentId, event(ShipmentEventName.OUT_FOR_DELIVERY, t0.plusHours(20), "e2"));
    client.shipments().addEvent(shipmentId, event(ShipmentEventName.SUCCESSFULLY_DELIVERED, t0.plusHours(24), "e3"));
    client.shipments().addEvent(shipmentId, event(ShipmentEventName.SUCCESSFULLY_DELIVERED, t0.plusHours(24), "e3"));

    Shipment delivered = single(client.orders().search(OrderSearchRequest.builder().orderNumber("1001").build()))
        .trackings().get(0);
    assertEquals(3, delivered.events().size(), "a repeated external id is stored once");
    assertEquals(Optional.of(ShipmentState.DELIVERED), delivered.state());
    assertEquals(Optional.of(Phase.DELIVERED), delivered.events().get(2).phase());
    assertEquals(Optional.of("OUT_FOR_DELIVERY"), delivered.events().get(1).eventKey());

    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> client.shipments().addEvent("no-such-shipment", event(ShipmentEventName.IN_DELIVERY, t0, "x")));
    assertEquals(Optional.of("shipment_not_found"), missing.errorCode());
  }

  @Test
  void fileAndResolveAClaim() {
    client.orders().place(order("2001"));
    client.orders().upsert(UpsertOrderRequest.builder().id("2001")
        .addTracking(OrderTracking.builder().trackingNumber("TRK-2").carrierReference(Carrier.GLS).build()).build());
    String shipmentId = single(client.orders().search(OrderSearchRequest.builder().orderNumber("2001").build()))
        .trackings().get(0).uuid().orElseThrow();

    Claim filed = client.claims().create(CreateClaimRequest.builder()
        .reason(ClaimReason.DAMAGE)
        .shipmentId(shipmentId)
        .resolutionPreference(ClaimResolutionPreference.REORDER)
        .description("Box crushed")
        .addSelectedItem(ClaimItem.builder().sku("TS-M").quantity(1L).build())
        .build());
    assertEquals(Optional.of(ClaimStatus.PENDING), filed.status());
    assertEquals(Optional.of("2001"), filed.orderNumber());
    assertEquals(Optional.of("TRK-2"), filed.trackingNumber());
    assertEquals(Optional.of(Carrier.GLS), filed.carrierReference());

    Claim resolved = client.claims().update(filed.uuid(),
        UpdateClaimRequest.builder().status(ClaimStatus.ACCEPTED).build());
    assertEquals(Optional.of(ClaimStatus.ACCEPTED), resolved.status());
    assertEquals(List.of(filed.uuid()),
        client.claims().search(ClaimSearchRequest.builder().status(ClaimStatus.ACCEPTED).build())
            .stream().map(Claim::uuid).collect(Collectors.toList()));

    client.claims().delete(filed.uuid());
    assertEquals(Optional.of("claim_not_found"),
        assertThrows(NotFoundException.class, () -> client.claims().delete(filed.uuid())).errorCode());
  }

  @Test
  void iterate250OrdersAcrossPages() {
    for (int i = 0; i < 250; i++) {
      client.orders().place(order(String.format("N%04d", i)));
    }
    karla.clearRequests();

    List<String> numbers = client.orders().searchAll(OrderSearchRequest.builder().perPage(100L).build())
        .stream().map(o -> o.orderNumber().orElseThrow()).collect(Collectors.toList());

    assertEquals(250, numbers.size());
    assertEquals("N0000", numbers.get(0));
    assertEquals("N0249", numbers.get(249));
    assertEquals(3, karla.requestCount("GET", "/v1/shops/{slug}/orders"), "pages of 100, 100 and 50");
    assertEquals(List.of("page=1&per_page=100", "page=2&per_page=100", "page=3&per_page=100"),
        karla.requests().stream().map(r -> r.rawQuery()).collect(Collectors.toList()));

    assertEquals(150, client.orders().searchAll(OrderSearchRequest.builder().page(2L).build()).stream().count(),
        "a listing starts at the request's page");
    assertEquals(30, client.orders().search(OrderSearchRequest.builder().build()).size(), "Karla's default page size");
  }

  @Test
  void idempotentUpdatesAreRetriedButCreationsAreNot() {
    client.orders().place(order("4001"));
    String uuid = single(client.orders().search(OrderSearchRequest.builder().orderNumber("4001").build())).uuid();
    try (KarlaClient retrying = KarlaClient.builder().baseUrl(karla.baseUrl()).username(FakeKarla.DEFAULT_USERNAME)
        .apiKey(FakeKarla.DEFAULT_API_KEY).sleeper(d -> { }).build()) {
      karla.faults().failNext(1, RequestMatcher.of("PATCH", "/v1/shops/{slug}/orders/{order_id}"), Fault.status(503));
      Order updated = retrying.orders().update(uuid, UpdateOrderRequest.builder().expectedNumberOfShipments(2L).build());
      assertEquals("4001", updated.orderNumber().orElseThrow());
      assertEquals(2, karla.requestCount("PATCH", "/v1/shops/{slug}/orders/{order_id}"));

      karla.faults().failNext(1, RequestMatcher.of("POST", "/v1/shops/{slug}/orders"), Fault.status(503));
      assertThrows(ServerException.class, () -> retrying.orders().place(order("4002")));
      assertEquals(2, karla.requestCount("POST", "/v1/shops/{slug}/orders"), "order 4001 once, 4002 once: no retry");
    }
  }

  @Test
  void campaignsConflictByName() {
    CampaignRequest request = CampaignRequest.builder().name("Q3").segment("b2c").enabled(true)
        .promotionProperties(BasicPromotionProperties.builder().title("Hello").build()).build();
    Campaign created = client.campaigns().create(request);
    assertEquals(Optional.of(CampaignStatus.ACTIVE), created.status());
    assertInstanceOf(BasicPromotionProperties.class, created.promotionProperties().orElseThrow());

    ConflictException e = assertThrows(ConflictException.class, () -> client.campaigns().create(request));
    assertEquals(Optional.of("campaign_exists"), e.errorCode());
  }

  @Test
  void serverValidationErrorsExposeFieldErrors() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () ->
        client.shop().announcements().create(CreateAnnouncementRequest.builder()
            .text("Storm delays").language(Language.of("xx")).build()));
    assertEquals(422, e.statusCode());
    assertEquals("body.language", e.fieldErrors().get(0).field());
    assertEquals(Optional.of("enum"), e.fieldErrors().get(0).code());

    NotFoundException missing = assertThrows(NotFoundException.class, () ->
        client.orders().upsert(UpsertOrderRequest.builder().id("nope").build()));
    assertEquals(Optional.of("order_not_found"), missing.errorCode());
  }

  @Test
  void bulkFulfillmentAcceptsEveryValidItem() {
    client.orders().place(order("3001"));
    client.orders().place(order("3002"));
    BulkFulfillmentResult result = client.orders().fulfill(List.of(
        UpsertOrderRequest.builder().id("3001").addTracking(OrderTracking.builder().trackingNumber("B1").build()).build(),
        UpsertOrderRequest.builder().id("3002").addTracking(OrderTracking.builder().trackingNumber("B2").build()).build()));
    assertTrue(result.allAccepted());
    assertEquals(2, result.accepted().size());
    assertEquals(1, karla.orders(FakeKarla.DEFAULT_SHOP).get(1).get("trackings").size());
  }

  @Test
  void badInputFailsBeforeTheNetwork() {
    karla.clearRequests();
    ValidationException zip = assertThrows(ValidationException.class, () -> client.orders().place(
        PlaceOrderRequest.builder().orderNumber("1").externalId("e").address(Address.builder().city("x").build()).build()));
    assertEquals("address.zipCode", zip.field());
    ValidationException perPage = assertThrows(ValidationException.class,
        () -> client.orders().search(OrderSearchRequest.builder().perPage(101L).build()));
    assertTrue(perPage.getMessage().contains("perPage") && perPage.getMessage().contains("100"), perPage.getMessage());
    KarlaShop shop = client.shop();
    ValidationException key = assertThrows(ValidationException.class, () -> shop.setKlaviyoKey("short"));
    assertTrue(key.getMessage().contains("16..128"), key.getMessage());
    assertTrue(!key.getMessage().contains("short"), "the key itself is never echoed");
    assertEquals(0, karla.requests().size());
  }

  @Test
  void wrongCredentialsAreAnAuthenticationError() {
    try (KarlaClient wrong = KarlaClient.builder().baseUrl(karla.baseUrl()).username("gokarla")
        .apiKey("not-the-right-key-000").maxRetries(0).build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> wrong.shop().get());
      assertEquals(400, e.statusCode());
      assertEquals(Optional.of("invalid_credentials"), e.errorCode());
      assertTrue(!e.getMessage().contains("not-the-right-key-000"));
    }
    karla.expireApiKey();
    AuthenticationException expired = assertThrows(AuthenticationException.class, () -> client.shop().get());
    assertEquals(401, expired.statusCode());
  }

  private static CreateShipmentEventRequest event(ShipmentEventName name, OffsetDateTime at, String id) {
    return CreateShipmentEventRequest.builder().eventName(name).eventTime(at).externalId(id).build();
  }

  private static <T> T single(List<T> items) {
    assertEquals(1, items.size(), "items: " + items);
    return items.get(0);
  }
}

package io.commerceclients.karla.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import io.commerceclients.karla.shop.ImageUpload;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers Karla's reference allows but that are unusual: only the identifier, fields this SDK does not
 * know (at every level), enum values it does not know, JSON nulls, date-times in other offsets and
 * with microseconds, numbers sent as strings. They decode; a value that cannot be one of the field's
 * type is a {@link ProtocolException} naming the operation and the field.
 */
@WireMockTest
class KarlaUnusualAnswersTest {

  private static final String NEW = "\"added_later\":{\"nested\":[1,{\"deep\":true}]},\"another\":null";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).username("gokarla").apiKey("k-1234567890").maxRetries(0).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private <T> T answer(String json, Function<KarlaClient, T> call) {
    stubFor(any(anyUrl()).willReturn(okJson(json)));
    return call.apply(client);
  }

  @Test
  void onlyTheIdentifierLeavesEveryOtherFieldEmpty() {
    Shop shop = answer("{\"slug\":\"gokarla\"}", c -> c.shop().get());
    assertEquals(Optional.empty(), shop.uuid());
    assertEquals(Optional.empty(), shop.language());
    Order order = answer("[{\"uuid\":\"o-1\"}]", c -> c.orders().search(OrderSearchRequest.builder().build())).get(0);
    assertEquals(List.of(), order.trackings());
    assertEquals(List.of(), order.products());
    assertEquals(Optional.empty(), order.address());
    Claim claim = answer("{\"uuid\":\"c-1\"}", c -> c.claims().update("c-1", UpdateClaimRequest.builder().build()));
    assertEquals(Optional.empty(), claim.reason());
    assertEquals(List.of(), claim.selectedItems());
    Shipment shipment = answer("{}", c -> c.orders().updateShipment("o", "s", UpdateShipmentRequest.builder().build()));
    assertEquals(List.of(), shipment.events());
    Campaign campaign = answer("{\"uuid\":\"k-1\"}", c -> c.campaigns().getByOrderNumber("1001"));
    assertEquals(Optional.empty(), campaign.promotionProperties());
  }

  @Test
  void unknownFieldsAtEveryLevelAndNullsAreIgnored() {
    Order order = answer("[{\"uuid\":\"o-1\"," + NEW + ",\"address\":{\"city\":\"Berlin\"," + NEW + "},"
        + "\"trackings\":[{\"uuid\":\"s-1\"," + NEW + ",\"events\":[{\"event_key\":\"IN_DELIVERY\"," + NEW + "}],"
        + "\"carrier\":{\"tracking_number\":\"T\"," + NEW + "}}],\"products\":null,\"segments\":null,\"order_name\":null}]",
        c -> c.orders().search(OrderSearchRequest.builder().build())).get(0);
    assertEquals(Optional.of("Berlin"), order.address().get().city());
    assertEquals(Optional.of("IN_DELIVERY"), order.trackings().get(0).events().get(0).eventKey());
    assertEquals(Optional.of("T"), order.trackings().get(0).carrier().get().trackingNumber());
    assertEquals(List.of(), order.products());
    assertEquals(Optional.empty(), order.orderName());
  }

  @Test
  void unknownEnumValuesAreKeptAsWritten() {
    Shop shop = answer("{\"slug\":\"s\",\"language\":\"pt\",\"shop_provider\":\"woocommerce\"}", c -> c.shop().get());
    assertEquals("pt", shop.language().get().value());
    assertFalse(shop.shopProvider().get().isKnown());
    Claim claim = answer("{\"uuid\":\"c\",\"reason\":\"theft\",\"status\":\"escalated\",\"resolution_preference\":\"voucher\","
        + "\"carrier_reference\":\"new-carrier\"}", c -> c.claims().update("c", UpdateClaimRequest.builder().build()));
    assertEquals(List.of("theft", "escalated", "voucher", "new-carrier"), List.of(claim.reason().get().value(),
        claim.status().get().value(), claim.resolutionPreference().get().value(), claim.carrierReference().get().value()));
    Shipment shipment = answer("{\"uuid\":\"s\",\"state\":\"teleported\",\"flag\":\"odd\"}",
        c -> c.orders().updateShipment("o", "s", UpdateShipmentRequest.builder().build()));
    assertEquals("teleported", shipment.state().get().value());
    assertEquals("odd", shipment.flag().get().value());
    Discount discount = answer("[{\"uuid\":\"d\",\"type\":\"bogo\",\"value_type\":\"points\",\"target_type\":\"gift\","
        + "\"target_selection\":\"some\"}]", c -> c.shop().discounts().search(DiscountSearchRequest.builder().build())).get(0);
    assertEquals("bogo", discount.type().get().value());
    assertEquals("some", discount.targetSelection().get().value());
    Webhook webhook = answer("[{\"uuid\":\"w\",\"status\":\"paused\"}]", c -> c.webhooks().search(WebhookSearchRequest.builder().build())).get(0);
    assertEquals("paused", webhook.status().get().value());
    ShopifyWebhook shopify = answer("{\"uuid\":\"w\",\"webhook_type\":\"order-deletion\"}", c -> c.shop().shopifyWebhooks().get("w"));
    assertEquals("order-deletion", shopify.webhookType().get().value());
    Organization org = answer("{\"slug\":\"acme\",\"feature_community\":\"gamma\"}", c -> c.organizations().get("acme"));
    assertEquals("gamma", org.featureCommunity().get().value());
    ShopImage image = answer("{\"url\":\"https://cdn.example/l.png\",\"image_type\":\"banner\"}", c -> c.shop().uploadImage(ImageType.LOGO,
        ImageUpload.of(new ByteArrayInputStream(new byte[] {1}), 1, "l.png", "image/png")));
    assertEquals("banner", image.imageType().get().value());
  }

  @Test
  void dateTimesInAnyOffsetKeepTheirInstantAndOffset() {
    Claim claim = answer("{\"uuid\":\"c\",\"created_at\":\"2024-03-14T07:14:23+05:30\",\"updated_at\":\"2024-03-14T07:14:23.123456-08:00\","
        + "\"deleted_at\":\"2024-03-14T07:14:23.5Z\",\"scan_date\":\"2024-03-14T07:14:23+00:00\"}",
        c -> c.claims().update("c", UpdateClaimRequest.builder().build()));
    assertEquals(OffsetDateTime.parse("2024-03-14T07:14:23+05:30"), claim.createdAt().get());
    assertEquals("-08:00", claim.updatedAt().get().getOffset().getId());
    assertEquals(123_456_000, claim.updatedAt().get().getNano());
    assertEquals(OffsetDateTime.parse("2024-03-14T07:14:23.5Z").toInstant(), claim.deletedAt().get().toInstant());
    assertEquals(claim.scanDate().get().toInstant(), OffsetDateTime.parse("2024-03-14T08:14:23+01:00").toInstant());
  }

  @Test
  void numbersWrittenAsStringsAreRead() {
    Claim claim = answer("{\"uuid\":\"c\",\"net_invoice_amount\":\"12.50\",\"weight_kg\":\"1.5\"}",
        c -> c.claims().update("c", UpdateClaimRequest.builder().build()));
    assertEquals(new BigDecimal("12.50"), claim.netInvoiceAmount().get());
    assertEquals(new BigDecimal("1.5"), claim.weightKg().get());
    assertEquals(Optional.of(123L), answer("{\"uuid\":\"w\",\"shopify_id\":\"123\"}", c -> c.shop().shopifyWebhooks().get("w")).shopifyId());
    assertEquals(Optional.of(7L), answer("{\"slug\":\"acme\",\"id\":\"7\"}", c -> c.organizations().get("acme")).id());
    assertEquals(Optional.of(10L), answer("{\"uuid\":\"a\",\"holdout_percentage\":\"10\"}", c -> c.shop().abTests().get("a")).holdoutPercentage());
    assertEquals(new BigDecimal("123456789012345678901234567890.000000001"), answer(
        "[{\"uuid\":\"o\",\"total_order_price\":123456789012345678901234567890.000000001}]",
        c -> c.orders().search(OrderSearchRequest.builder().build())).get(0).totalOrderPrice().get());
  }

  @Test
  void aValueThatCannotBeItsFieldsTypeNamesTheOperationAndTheField() {
    expectBreach("{\"uuid\":\"w\",\"shopify_id\":99999999999999999999}", c -> c.shop().shopifyWebhooks().get("w"),
        "getShopifyWebhook", "shopify_id");
    expectBreach("{\"uuid\":\"w\",\"shopify_id\":\"twelve\"}", c -> c.shop().shopifyWebhooks().get("w"), "getShopifyWebhook", "shopify_id");
    expectBreach("{\"uuid\":\"c\",\"scan_date\":\"yesterday\"}", c -> c.claims().update("c", UpdateClaimRequest.builder().build()),
        "updateClaim", "scan_date");
    expectBreach("{\"uuid\":\"c\",\"created_at\":\"2024-03-14T07:14:23\"}", c -> c.claims().update("c", UpdateClaimRequest.builder().build()),
        "updateClaim", "created_at");
    expectBreach("{\"slug\":{\"not\":\"text\"}}", c -> c.shop().get(), "getShop", "slug");
    expectBreach("[{\"uuid\":\"o\",\"trackings\":{\"uuid\":\"s\"}}]", c -> c.orders().search(OrderSearchRequest.builder().build()),
        "searchOrders", "trackings");
    expectBreach("{\"uuid\":null,\"name\":\"n\"}", c -> c.shop().abTests().get("a"), "getAbTest", "uuid");
  }

  private void expectBreach(String json, Function<KarlaClient, Object> call, String operation, String field) {
    ProtocolException e = assertThrows(ProtocolException.class, () -> answer(json, call));
    assertTrue(e.getMessage().contains(operation), () -> "operation " + operation + " in: " + e.getMessage());
    assertTrue(e.getMessage().contains(field), () -> "field " + field + " in: " + e.getMessage());
    assertFalse(e.getMessage().contains("Cannot build"), e.getMessage());
  }
}

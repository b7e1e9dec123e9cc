package io.commerceclients.karla.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.BasicPromotionProperties;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.claim.ClaimStatus;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.UserRole;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.shop.ImageUpload;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids put in the URL path: a reserved character ({@code / ? # %}), a space or a non-ASCII letter is
 * percent-encoded into its one segment, never read as a path, query or fragment, nor decoded twice;
 * a control character is refused before anything is sent, by the blocking and the async forms alike.
 */
@WireMockTest
class KarlaPathIdTest {

  private static final String ANSWER = "{\"uuid\":\"u\",\"slug\":\"s\",\"name\":\"n\",\"external_id\":\"e\"}";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey("karla-secret-key-42")
        .maxRetries(0).build();
    stubFor(any(anyUrl()).willReturn(okJson(ANSWER)));
    stubFor(get(urlPathMatching("/v1/orgs/.*/members")).willReturn(okJson("[]")));
  }

  @AfterEach
  void close() {
    client.close();
  }

  /** An operation taking one path id, and the path it must reach with {@code {id}} standing for the encoded id. */
  record Operation(String name, String path, BiConsumer<KarlaClient, String> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Operation> operations() {
    OffsetDateTime t = OffsetDateTime.parse("2024-10-01T00:00:00Z");
    return Stream.of(
        new Operation("shop slug", "/v1/shops/{id}", (c, id) -> c.shop(id).get()),
        new Operation("order id", "/v1/shops/gokarla/orders/{id}",
            (c, id) -> c.orders().update(id, UpdateOrderRequest.builder().build())),
        new Operation("shipment id", "/v1/shops/gokarla/shipments/{id}/events",
            (c, id) -> c.shipments().addEvent(id, CreateShipmentEventRequest.builder()
                .eventName(ShipmentEventName.ACCEPTED_BY_DESTINATION_OFFICE).eventTime(t).externalId("ev").build())),
        new Operation("claim uuid", "/v1/shops/gokarla/claims/{id}", (c, id) -> c.claims().delete(id)),
        new Operation("campaign order number", "/v1/shops/gokarla/campaigns/orders/{id}",
            (c, id) -> c.campaigns().getByOrderNumber(id)),
        new Operation("webhook uuid", "/v1/shops/gokarla/webhooks/{id}", (c, id) -> c.webhooks().delete(id)),
        new Operation("shopify webhook type", "/v1/shops/gokarla/shopify/webhooks/type/{id}",
            (c, id) -> c.shop().shopifyWebhooks().delete(ShopifyWebhookType.of(id))),
        new Operation("org slug", "/v1/orgs/{id}", (c, id) -> c.organizations().get(id)),
        new Operation("org slug of members", "/v1/orgs/{id}/members",
            (c, id) -> c.organizations().searchMembers(id, PageRequest.builder().build())),
        new Operation("org slug of an invitation", "/v1/orgs/{id}/members",
            (c, id) -> c.organizations().invite(id, InviteMemberRequest.builder().email("a@example.com").role(UserRole.VIEWER).build())),
        new Operation("shop slug of keys", "/v1/shops/{id}/keys", (c, id) -> c.shop(id).keys()),
        new Operation("shop slug of settings", "/v1/shops/{id}/settings/carriers",
            (c, id) -> c.shop(id).settings().updateCarriers(CarrierSettings.builder().shipmentUpdates(true).build())),
        new Operation("image type", "/v1/shops/gokarla/images/{id}", (c, id) -> c.shop().uploadImage(ImageType.of(id),
            ImageUpload.of(new ByteArrayInputStream(new byte[] {1}), 1, "logo.png", "image/png"))),
        new Operation("order id of a shipment update", "/v1/shops/gokarla/orders/{id}/shipments/s-1",
            (c, id) -> c.orders().updateShipment(id, "s-1", UpdateShipmentRequest.builder().build())),
        new Operation("shipment id of a shipment update", "/v1/shops/gokarla/orders/o-1/shipments/{id}",
            (c, id) -> c.orders().updateShipment("o-1", id, UpdateShipmentRequest.builder().build())),
        new Operation("claim uuid of an update", "/v1/shops/gokarla/claims/{id}",
            (c, id) -> c.claims().update(id, UpdateClaimRequest.builder().status(ClaimStatus.CLOSED).build())),
        new Operation("campaign uuid of a replace", "/v1/shops/gokarla/campaigns/{id}",
            (c, id) -> c.campaigns().replace(id, CampaignRequest.builder().name("n").segment("s")
                .promotionProperties(BasicPromotionProperties.builder().build()).build())),
        new Operation("campaign uuid of a delete", "/v1/shops/gokarla/campaigns/{id}", (c, id) -> c.campaigns().delete(id)),
        new Operation("ab test uuid", "/v1/shops/gokarla/ab-tests/{id}", (c, id) -> c.shop().abTests().get(id)),
        new Operation("ab test uuid to end", "/v1/shops/gokarla/ab-tests/{id}/end", (c, id) -> c.shop().abTests().end(id)),
        new Operation("announcement uuid of an update", "/v1/shops/gokarla/announcements/{id}",
            (c, id) -> c.shop().announcements().update(id, UpdateAnnouncementRequest.builder().text("t").build())),
        new Operation("announcement uuid of a delete", "/v1/shops/gokarla/announcements/{id}",
            (c, id) -> c.shop().announcements().delete(id)),
        new Operation("discount uuid of an update", "/v1/shops/gokarla/discounts/{id}",
            (c, id) -> c.shop().discounts().update(id, UpdateDiscountRequest.builder().title("t").build())),
        new Operation("discount uuid of a delete", "/v1/shops/gokarla/discounts/{id}", (c, id) -> c.shop().discounts().delete(id)),
        new Operation("webhook uuid of an update", "/v1/shops/gokarla/webhooks/{id}",
            (c, id) -> c.webhooks().update(id, UpdateWebhookRequest.builder().description("d").build())),
        new Operation("shopify webhook uuid", "/v1/shops/gokarla/shopify/webhooks/{id}",
            (c, id) -> c.shop().shopifyWebhooks().get(id)),
        new Operation("shopify webhook uuid of a delete", "/v1/shops/gokarla/shopify/webhooks/{id}",
            (c, id) -> c.shop().shopifyWebhooks().delete(id)),
        new Operation("shopify webhook type of a get", "/v1/shops/gokarla/shopify/webhooks/type/{id}",
            (c, id) -> c.shop().shopifyWebhooks().get(ShopifyWebhookType.of(id))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void blankIdsAndPathStepsAreRefusedBeforeTheNetwork(Operation operation) {
    for (String id : List.of("", " ", "\u3000", ".", "..")) {
      ValidationException e = assertThrows(ValidationException.class, () -> operation.call().accept(client, id),
          () -> "'" + id + "' for " + operation);
      assertTrue(e.getMessage().contains("blank") || e.getMessage().contains("'.' or '..'"), e.getMessage());
    }
    assertTrue(findAll(anyRequestedFor(anyUrl())).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void reservedCharactersStayInTheirOneSegment(Operation operation) {
    List<List<String>> ids = List.of(
        List.of("a/b", "a%2Fb"),
        List.of("a?b=c", "a%3Fb=c"),
        List.of("a#b", "a%23b"),
        List.of("100%", "100%25"),
        List.of("%2e%2e", "%252e%252e"),
        List.of("..%2F", "..%252F"),
        List.of("a b", "a%20b"),
        List.of("caf\u00e9", "caf%C3%A9"));
    for (List<String> id : ids) {
      resetAllRequests();
      operation.call().accept(client, id.get(0));
      List<LoggedRequest> sent = findAll(anyRequestedFor(anyUrl()));
      assertEquals(1, sent.size(), id.get(0));
      String url = sent.get(0).getUrl();
      assertEquals(operation.path().replace("{id}", id.get(1)), url, id.get(0));
      assertFalse(url.contains("?"), url);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void controlCharactersAreRefusedBeforeTheNetwork(Operation operation) {
    for (String id : List.of("a\nb", "a\u0000b", "\tid", "id\r", "a\u007fb", "a\u0085b")) {
      ValidationException e = assertThrows(ValidationException.class, () -> operation.call().accept(client, id));
      assertTrue(e.getMessage().contains("control character"), e.getMessage());
    }
    assertTrue(findAll(anyRequestedFor(anyUrl())).isEmpty());
  }

  @Test
  void theAsyncFormsRefuseThemTooByFailingTheFuture() {
    List<BiFunction<KarlaClient, String, CompletableFuture<?>>> calls = List.of(
        (c, id) -> c.async().claims().delete(id),
        (c, id) -> c.async().orders().update(id, UpdateOrderRequest.builder().build()),
        (c, id) -> c.async().organizations().get(id),
        (c, id) -> c.async().shop("gokarla").webhooks().delete(id));
    for (BiFunction<KarlaClient, String, CompletableFuture<?>> call : calls) {
      CompletableFuture<?> future = call.apply(client, "a\nb");
      CompletionException e = assertThrows(CompletionException.class, future::join);
      ValidationException invalid = assertInstanceOf(ValidationException.class, e.getCause());
      assertTrue(invalid.getMessage().contains("U+000A at index 1"), invalid.getMessage());
    }
    ValidationException slug = assertThrows(ValidationException.class, () -> client.async().shop("go\nkarla"));
    assertEquals("slug", slug.field());
    assertTrue(findAll(anyRequestedFor(anyUrl())).isEmpty());
  }
}

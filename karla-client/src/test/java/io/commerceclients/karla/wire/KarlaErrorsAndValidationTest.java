package io.commerceclients.karla.wire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.PermissionDeniedException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@WireMockTest
class KarlaErrorsAndValidationTest {

  private static final String KEY = "karla-secret-key-42";
  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey(KEY).maxRetries(0).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static void answer(int status, String body) {
    stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void karlaErrorKeyBecomesTheErrorCode() {
    answer(404, "{\"errors\":[],\"key\":\"order_not_found\",\"message\":\"Order not found\",\"type\":\"invalid_request_error\"}");
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> client.orders().update("o1", UpdateOrderRequest.builder().build()));
    assertEquals(Optional.of("order_not_found"), e.errorCode());
    assertEquals(Optional.of("Order not found"), e.apiMessage());
    assertTrue(e.getMessage().contains("order_not_found"), e.getMessage());
  }

  @Test
  void conflictsForbiddenAndServerErrorsAreTyped() {
    answer(409, "{\"errors\":[],\"key\":\"campaign_exists\",\"message\":\"exists\",\"type\":\"invalid_request_error\"}");
    assertEquals(Optional.of("campaign_exists"),
        assertThrows(ConflictException.class, () -> client.campaigns().delete("c1")).errorCode());
    answer(403, "{\"errors\":[],\"key\":\"forbidden\",\"message\":\"no access\",\"type\":\"invalid_request_error\"}");
    assertThrows(PermissionDeniedException.class, () -> client.shop().get());
    answer(500, "<html>boom</html>");
    ServerException server = assertThrows(ServerException.class, () -> client.shop().get());
    assertEquals(Optional.of("<html>boom</html>"), server.rawBody());
  }

  @Test
  void karlaFieldErrorsAreExposed() {
    answer(400, "{\"errors\":[{\"loc\":[\"body\",\"order\",\"address\",\"zip_code\"],\"msg\":\"invalid zip\",\"type\":\"value_error\"},"
        + "{\"field\":\"order_number\",\"msg\":\"taken\"}],\"key\":\"validation_error\",\"message\":\"Invalid order\",\"type\":\"invalid_request_error\"}");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.shop().get());
    assertEquals(Optional.of("validation_error"), e.errorCode());
    assertEquals("body.order.address.zip_code", e.fieldErrors().get(0).field());
    assertEquals(Optional.of("value_error"), e.fieldErrors().get(0).code());
    assertEquals("order_number", e.fieldErrors().get(1).field());
  }

  @Test
  void fastApiDetailBecomesFieldErrors() {
    answer(422, "{\"detail\":[{\"loc\":[\"body\",\"trackings\",0,\"tracking_number\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.shop().get());
    assertEquals(422, e.statusCode());
    assertEquals("body.trackings[0].tracking_number", e.fieldErrors().get(0).field());
    assertEquals("Field required", e.fieldErrors().get(0).message());
    assertTrue(e.getMessage().contains("tracking_number"), e.getMessage());
  }

  @Test
  void badCredentialsAreAnAuthenticationErrorOn400And401() {
    answer(400, "{\"errors\":[],\"key\":\"invalid_credentials\",\"message\":\"Incorrect username or API key\",\"type\":\"invalid_request_error\"}");
    AuthenticationException bad = assertThrows(AuthenticationException.class, () -> client.shop().get());
    assertEquals(400, bad.statusCode());
    answer(400, "{\"detail\":\"Invalid credentials\"}");
    assertThrows(AuthenticationException.class, () -> client.shop().get());
    answer(401, "{\"detail\":\"Not authenticated\"}");
    AuthenticationException expired = assertThrows(AuthenticationException.class, () -> client.shop().get());
    assertEquals(Optional.of("Not authenticated"), expired.apiMessage());
    assertFalse(expired.getMessage().contains(KEY));
    answer(400, "{\"errors\":[],\"key\":\"bad_payload\",\"message\":\"Nope\",\"type\":\"invalid_request_error\"}");
    assertInstanceOf(InvalidRequestException.class, assertThrows(ApiException.class, () -> client.shop().get()));
  }

  @Test
  void bulkFulfillmentReportsRejectedItemsAndSendsTheRestOnce() {
    stubFor(put(urlPathEqualTo("/v1/shops/gokarla/orders/bulk")).inScenario("bulk").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
            .withBody("{\"detail\":[{\"loc\":[\"body\",1,\"trackings\",0,\"carrier_reference\"],\"msg\":\"unknown carrier\",\"type\":\"enum\"}]}"))
        .willSetStateTo("retried"));
    stubFor(put(urlPathEqualTo("/v1/shops/gokarla/orders/bulk")).inScenario("bulk").whenScenarioStateIs("retried")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("null")));
    List<UpsertOrderRequest> items = List.of(item("A"), item("B"), item("C"));

    BulkFulfillmentResult result = client.orders().fulfill(items);

    assertEquals(List.of(items.get(0), items.get(2)), result.accepted());
    assertEquals(1, result.rejected().size());
    BulkFulfillmentResult.Rejected rejected = result.rejected().get(0);
    assertEquals(1, rejected.index());
    assertEquals("B", rejected.request().id());
    assertEquals("trackings[0].carrier_reference", rejected.errors().get(0).field());
    verify(2, putRequestedFor(urlPathEqualTo("/v1/shops/gokarla/orders/bulk")));
    verify(putRequestedFor(urlPathEqualTo("/v1/shops/gokarla/orders/bulk"))
        .withRequestBody(equalToJson("[{\"id\":\"A\",\"trackings\":[{\"tracking_number\":\"T-A\"}]},"
            + "{\"id\":\"C\",\"trackings\":[{\"tracking_number\":\"T-C\"}]}]")));
  }

  @Test
  void bulkFulfillmentErrorThatNamesNoItemIsThrown() {
    answer(404, "{\"errors\":[],\"key\":\"order_not_found\",\"message\":\"Order B not found\",\"type\":\"invalid_request_error\"}");
    assertThrows(NotFoundException.class, () -> client.orders().fulfill(List.of(item("A"), item("B"))));
  }

  private static UpsertOrderRequest item(String id) {
    return UpsertOrderRequest.builder().id(id)
        .addTracking(OrderTracking.builder().trackingNumber("T-" + id).build()).build();
  }

  @Test
  void documentedLimitsFailBeforeAnyRequest(WireMockRuntimeInfo wm) {
    answer(200, "[]");
    OffsetDateTime t = OffsetDateTime.parse("2024-10-01T00:00:00Z");
    rejects("perPage", "between 1 and 100", () -> client.orders().search(OrderSearchRequest.builder().perPage(0L).build()));
    rejects("perPage", "between 1 and 100", () -> client.orders().searchAll(OrderSearchRequest.builder().perPage(101L).build()));
    rejects("page", "1 or more", () -> client.deals().list(PageRequest.builder().page(0L).build()));
    rejects("holdoutPercentage", "between 0 and 100", () -> client.shop().abTests().create(abTest(t).holdoutPercentage(101L).build()));
    rejects("campaigns[0].allocation", "between 0 and 100", () -> client.shop().abTests().create(
        abTest(t).campaigns(List.of(AbTestCampaign.builder().campaignId("c").allocation(-1L).build())).build()));
    rejects("expectedNumberOfShipments", "at most 100", () -> client.orders().place(order().expectedNumberOfShipments(101L).build()));
    rejects("requests[1].order.expectedNumberOfShipments", "at most 100", () -> client.orders().fulfill(List.of(
        item("A"), UpsertOrderRequest.builder().id("B").order(order().expectedNumberOfShipments(150L).build()).build())));
    rejects("requests[0].trackings[0].trackingNumber", "blank", () -> client.orders().fulfill(List.of(
        UpsertOrderRequest.builder().id("A").addTracking(OrderTracking.builder().trackingNumber(" ").build()).build())));
    rejects("address.zipCode", "required", () -> client.orders().place(order().address(Address.builder().city("Berlin").build()).build()));
    rejects("secret", "16..64", () -> client.webhooks().create(CreateWebhookRequest.builder().url("https://h.example").secret("short").build()));
    rejects("secret", "16..64", () -> client.webhooks().create(CreateWebhookRequest.builder().url("https://h.example").secret("x".repeat(65)).build()));
    rejects("url", "http", () -> client.webhooks().create(CreateWebhookRequest.builder().url("not a url").build()));
    rejects("shopUrl", "http", () -> client.shops().create(CreateShopRequest.builder().name("n").slug("s").shopUrl("ftp://x").build()));
    rejects("apiKey", "16..128", () -> client.shop().setKlaviyoKey("pk_short"));
    rejects("accessToken", "16..128", () -> client.shop().setShopifyAccessToken("x".repeat(129)));
    rejects("email", "e-mail", () -> client.organizations().invite("acme",
        io.commerceclients.karla.model.org.InviteMemberRequest.builder().email("nope").role(io.commerceclients.karla.model.org.UserRole.ADMIN).build()));
    rejects("requests", "", () -> client.orders().fulfill(List.of()));
    assertEquals(0, wm.getWireMock().find(anyRequestedFor(anyUrl())).size(), "nothing was sent");
  }

  @Test
  void builderRefusesUnsafeOrIncompleteSettings() {
    rejects("apiKey", "required", () -> KarlaClient.builder().shop("s").build());
    rejects("username", "required", () -> KarlaClient.builder().apiKey(KEY).build());
    rejects("karlaVersion", "YYYY-MM-DD", () -> KarlaClient.builder().shop("s").apiKey(KEY).karlaVersion("v2").build());
    rejects("baseUrl", "https", () -> KarlaClient.builder().shop("s").apiKey(KEY).baseUrl("http://api.example.com").build());
    try (KarlaClient c = KarlaClient.builder().username("user-1").apiKey(KEY).build()) {
      assertEquals("user-1", c.defaultShop());
      assertFalse(c.toString().contains(KEY));
    }
  }

  private static io.commerceclients.karla.model.campaign.ImmutableCreateAbTestRequest.Builder abTest(OffsetDateTime t) {
    return CreateAbTestRequest.builder().name("n").segment("s").campaignType(PromotionType.BASIC)
        .startDate(t).endDate(t.plusDays(1)).addCampaign(AbTestCampaign.builder().campaignId("c").allocation(50L).build());
  }

  private static io.commerceclients.karla.model.order.ImmutablePlaceOrderRequest.Builder order() {
    return PlaceOrderRequest.builder().orderNumber("1").externalId("e").address(Address.builder().zipCode("1").build());
  }

  private static void rejects(String field, String limit, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(limit), e.getMessage());
  }

}

package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImmutableImportCustomer;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.LineItem;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The limits of Kiliba's reference not played elsewhere, at their boundary: the value at the limit
 * goes over the wire as given, the one past it fails with a {@link ValidationException} naming the
 * field and the limit, before any request (blocking and asynchronous).
 */
@WireMockTest
class DocumentedLimitsTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-05-01T12:00:00Z");
  private static final String UPLOADS = "/client/v1/physical-stores/uploads";

  private KilibaClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey("test-key-123").sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void theUploadProviderIsRetailTheOnlyValueTheReferenceGives() throws Exception {
    stubFor(post(UPLOADS).willReturn(okJson("{\"uploadId\":\"u-1\",\"status\":\"created\"}")));
    client.physicalStores().createUpload(CreateUploadRequest.builder().filename("stores.tsv").provider("retail").size(0L).build());
    verify(postRequestedFor(urlEqualTo(UPLOADS)).withRequestBody(
        equalToJson("{\"filename\":\"stores.tsv\",\"provider\":\"retail\",\"size\":0}")));

    CreateUploadRequest wholesale = CreateUploadRequest.builder().filename("stores.tsv").provider("wholesale").build();
    assertRefused("provider", "\"retail\"", () -> client.physicalStores().createUpload(wholesale));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> client.async().physicalStores().createUpload(wholesale).get());
    assertEquals("provider", assertInstanceOf(ValidationException.class, async.getCause()).field());
    assertRefused("provider", "\"retail\"", () -> client.physicalStores().createUpload(
        CreateUploadRequest.builder().filename("stores.tsv").provider("RETAIL").build()));
    assertEquals(1, getAllServeEvents().size());
  }

  @Test
  void customFieldsAreFlatAsTheReferenceSaysAndTheSamplesValueTypesGoAsGiven() {
    stubFor(post("/client/v1/import/customers").willReturn(okJson("{\"processed\":1}")));
    ImportReport<ImportCustomer> report = client.imports().customers().send(List.of(customer()
        .customFields(Map.of("loyaltyTier", "gold", "totalPurchases", 12, "newsletterEligible", true,
            "firstStoreVisitDate", LocalDate.parse("2026-02-19")))
        .build()));
    assertTrue(report.isSuccessful());
    verify(postRequestedFor(urlEqualTo("/client/v1/import/customers")).withRequestBody(matchingJsonPath("$[0].customFields",
        equalToJson("{\"loyaltyTier\":\"gold\",\"totalPurchases\":12,\"newsletterEligible\":true,"
            + "\"firstStoreVisitDate\":\"2026-02-19\"}"))));

    assertRefused("customers[0].customFields.address", "flat", () -> client.imports().customers().send(List.of(
        customer().putCustomField("address", Map.of("city", "Paris")).build())));
    assertRefused("customers[1].customFields.tags", "flat", () -> client.imports().customers().send(List.of(
        customer().build(), customer().putCustomField("tags", List.of("a", "b")).build())));
    assertRefused("customers[0].customFields.codes", "flat", () -> client.imports().customers().send(List.of(
        customer().putCustomField("codes", new int[] {1, 2}).build())));
    assertEquals(1, getAllServeEvents().size());
  }

  @Test
  void quantitiesGendersAndPricesAtTheirBoundsPassAndOnePastFails() {
    stubFor(post("/client/v1/import/products").willReturn(okJson("{\"processed\":1}")));
    stubFor(post("/client/v1/import/customers").willReturn(okJson("{\"processed\":2}")));
    stubFor(post("/client/v1/import/orders").willReturn(okJson("{\"processed\":1}")));

    assertTrue(client.imports().products().send(List.of(Product.builder().from(KilibaFaultMatrixTest.product(0))
        .quantity(Product.MAX_QUANTITY).price(BigDecimal.ZERO).priceWithTax(BigDecimal.ZERO).build())).isSuccessful());
    verify(postRequestedFor(urlEqualTo("/client/v1/import/products"))
        .withRequestBody(matchingJsonPath("$[0].quantity", equalTo("9007199254740991")))
        .withRequestBody(matchingJsonPath("$[0].price", equalTo("0"))));
    assertTrue(client.imports().customers().send(List.of(customer().gender(0).build(),
        customer().id(KilibaId.of("c2")).gender(2).build())).isSuccessful());
    assertTrue(client.imports().orders().send(List.of(order(0))).isSuccessful());
    verify(postRequestedFor(urlEqualTo("/client/v1/import/orders"))
        .withRequestBody(matchingJsonPath("$[0].products[0].quantity", equalTo("0"))));
    int sent = getAllServeEvents().size();

    assertRefused("products[0].quantity", "between 0 and 9007199254740991", () -> client.imports().products().send(List.of(
        Product.builder().from(KilibaFaultMatrixTest.product(0)).quantity(Product.MAX_QUANTITY + 1).build())));
    assertRefused("customers[0].gender", "0, 1 or 2", () -> client.imports().customers().send(List.of(customer().gender(-1).build())));
    assertRefused("orders[0].products[0].quantity", "between 0 and 9007199254740991",
        () -> client.imports().orders().send(List.of(order(Product.MAX_QUANTITY + 1))));
    assertEquals(sent, getAllServeEvents().size());
  }

  @Test
  void pageSizeAndPageAtTheirBoundsGoOnTheWire() {
    stubFor(get(urlPathEqualTo("/client/v1/customers/paginated")).willReturn(okJson("{\"customers\":[],\"total\":0}")));
    client.customers().list(ListCustomersRequest.builder().limit(1).page(1).build());
    client.customers().list(ListCustomersRequest.builder().limit(ListCustomersRequest.MAX_LIMIT).page(Integer.MAX_VALUE).build());
    verify(getRequestedFor(urlEqualTo("/client/v1/customers/paginated?limit=1&page=1")));
    verify(getRequestedFor(urlEqualTo("/client/v1/customers/paginated?limit=10000&page=" + Integer.MAX_VALUE)));
  }

  @Test
  void aRequestOfExactlySixMillionBytesIsSentAndOneByteMoreIsRefusedBeforeTheNetwork() {
    stubFor(post("/client/v1/import/customer-groups").willReturn(okJson("{\"processed\":1}")));
    // [{"id":"g","name":"…"}] is 22 bytes around the name
    ImportReport<CustomerGroup> atLimit = client.imports().customerGroups().send(List.of(group(6_000_000 - 22)));
    assertTrue(atLimit.isSuccessful());
    assertEquals(6_000_000, atLimit.batches().get(0).bytes());
    assertEquals(6_000_000, getAllServeEvents().get(0).getRequest().getBody().length);

    CustomerGroup tooLarge = group(6_000_000 - 21);
    ImportReport<CustomerGroup> over = client.imports().customerGroups().send(List.of(tooLarge));
    ValidationException e = assertInstanceOf(ValidationException.class, over.stoppedBy().orElseThrow());
    assertEquals("customerGroups[0]", e.field());
    assertTrue(e.getMessage().contains("6000000"), e.getMessage());
    assertEquals(List.of(tooLarge), over.unsentItems());
    verify(1, anyRequestedFor(anyUrl()));
  }

  private static void assertRefused(String field, String limit, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(limit), () -> "the limit is stated: " + e.getMessage());
  }

  private static CustomerGroup group(int nameLength) {
    return CustomerGroup.builder().id(KilibaId.of("g")).name("x".repeat(nameLength)).build();
  }

  private static Order order(long quantity) {
    return Order.builder().id(KilibaId.of("o1")).status("paid").shopId(KilibaId.of(1))
        .amount(BigDecimal.ZERO).amountWithTax(BigDecimal.ZERO)
        .addProducts(LineItem.builder().id(KilibaId.of("p1")).quantity(quantity)
            .amount(BigDecimal.ZERO).amountWithTax(BigDecimal.ZERO).build())
        .createdAt(T).updatedAt(T).build();
  }

  private static ImmutableImportCustomer.Builder customer() {
    return ImportCustomer.builder().id(KilibaId.of("c1")).email("a@example.com")
        .emailMarketingConsent(true).smsMarketingConsent(false)
        .addShopIds(KilibaId.of(1)).defaultShopId(KilibaId.of(1))
        .addCustomerGroupIds(KilibaId.of(1)).defaultCustomerGroupId(KilibaId.of(1))
        .langIsoCode("fr").createdAt(T).updatedAt(T);
  }
}

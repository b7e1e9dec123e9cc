package io.commerceclients.kiliba;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.Samples;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.SourceConfig;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadState;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operation against WireMock: what goes over the wire, and how answers map back. */
@WireMockTest
class KilibaWireTest {

  private static final String KEY = "test-key-123";
  private static final String JSON = "application/json; charset=UTF-8";

  private KilibaClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey(KEY).sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void listsCustomersWithEveryFilterAsRepeatedQueryKeys() {
    stubFor(get(urlPathEqualTo("/client/v1/customers/paginated")).willReturn(okJson(Samples.text("customers-page.json"))));

    CustomerPage page = client.customers().list(ListCustomersRequest.builder()
        .limit(500).page(2)
        .dateUpdate(OffsetDateTime.parse("2024-03-01T10:00:00+02:00"))
        .blacklistDate(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
        .whitelistDate(OffsetDateTime.parse("2024-02-01T00:00:00Z"))
        .addBlacklistReasons("blacklist.Admin", "")
        .addWhitelistReasons("Admin")
        .addStatuses(CustomerStatus.SUBSCRIBED, CustomerStatus.BLOCKED)
        .build());

    verify(getRequestedFor(urlEqualTo("/client/v1/customers/paginated?limit=500&page=2"
        + "&date_update=2024-03-01T08%3A00%3A00Z&blacklist_date=2024-01-01T00%3A00%3A00Z"
        + "&whitelist_date=2024-02-01T00%3A00%3A00Z&blacklist_reasons=blacklist.Admin&blacklist_reasons="
        + "&whitelist_reasons=Admin&statuses=subscribed&statuses=blocked"))
        .withHeader("X-API-Key", equalTo(KEY))
        .withQueryParam("statuses", havingExactly("subscribed", "blocked")));
    assertEquals(Samples.read("customers-page.json", CustomerPage.class), page);
    assertEquals("blacklist.Admin", page.customers().get(0).blacklistReasonDetails().orElseThrow().reasonName().orElseThrow());
  }

  @Test
  void listWithoutFiltersSendsNoQuery() {
    stubFor(get(urlPathEqualTo("/client/v1/customers/paginated")).willReturn(okJson("{\"customers\":[],\"total\":0}")));

    client.customers().list(ListCustomersRequest.builder().build());

    verify(getRequestedFor(urlEqualTo("/client/v1/customers/paginated")));
  }

  @Test
  void blacklistsAndWhitelistsByEmail() {
    stubFor(post("/client/v1/customers/blacklist").willReturn(okJson(Samples.text("processed-emails.json"))));
    stubFor(post("/client/v1/customers/whitelist").willReturn(okJson("{\"processed_emails\":2}")));

    assertEquals(Optional.of(0L), client.customers().blacklist(List.of("a@example.com")).processedEmails());
    assertEquals(Optional.of(2L), client.customers().whitelist(List.of("a@example.com", "b@example.com")).processedEmails());

    verify(postRequestedFor(urlEqualTo("/client/v1/customers/blacklist"))
        .withHeader("X-API-Key", equalTo(KEY))
        .withHeader("Content-Type", equalTo(JSON))
        .withRequestBody(equalToJson("{\"customer_emails\":[\"a@example.com\"]}")));
    verify(postRequestedFor(urlEqualTo("/client/v1/customers/whitelist"))
        .withRequestBody(equalToJson("{\"customer_emails\":[\"a@example.com\",\"b@example.com\"]}")));
  }

  @Test
  void importsEachResourceAsTheReferenceSample() {
    stubFor(post(urlPathEqualTo("/client/v1/import/product-categories")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/products")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/customer-groups")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/customers")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/orders")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/carts")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/visits")).willReturn(okJson("{\"processed\":1}")));

    assertImported("product-categories", client.imports().productCategories().send(
        Samples.read("product-categories.json", new TypeReference<List<ProductCategory>>() {})), 1L);
    // The reference's product sample leaves out the required absoluteUrl, and its visit sample the required url.
    List<Product> products = Samples.read("products.json", new TypeReference<List<Product>>() {});
    assertImported("products", client.imports().products().send(
        List.of(Product.builder().from(products.get(0)).absoluteUrl("https://shop.example/products/123").build())), 1L);
    assertImported("customer-groups", client.imports().customerGroups().send(
        Samples.read("customer-groups.json", new TypeReference<List<CustomerGroup>>() {})), 1L);
    assertImported("customers", client.imports().customers().send(
        Samples.read("import-customers.json", new TypeReference<List<ImportCustomer>>() {})), 1L);
    assertImported("orders", client.imports().orders().send(
        Samples.read("orders.json", new TypeReference<List<Order>>() {})), 1L);
    assertImported("carts", client.imports().carts().send(
        Samples.read("carts.json", new TypeReference<List<Cart>>() {})), 1L);
    List<Visit> visits = Samples.read("visits.json", new TypeReference<List<Visit>>() {});
    assertImported("visits", client.imports().visits().send(
        List.of(Visit.builder().from(visits.get(0)).url("https://shop.example/products/123").build())), 1L);

    for (String sample : List.of("product-categories", "customer-groups", "orders", "carts")) {
      verify(postRequestedFor(urlEqualTo("/client/v1/import/" + sample))
          .withHeader("X-API-Key", equalTo(KEY))
          .withHeader("Content-Type", equalTo(JSON))
          .withRequestBody(equalToJson(Samples.text(sample + ".json"))));
    }
    verify(postRequestedFor(urlEqualTo("/client/v1/import/customers"))
        .withRequestBody(equalToJson(Samples.text("import-customers.json"))));
    verify(postRequestedFor(urlEqualTo("/client/v1/import/products"))
        .withRequestBody(equalToJson(Samples.text("products.json"), false, true))
        .withRequestBody(equalToJson("[{\"absoluteUrl\":\"https://shop.example/products/123\"}]", true, true)));
    verify(postRequestedFor(urlEqualTo("/client/v1/import/visits"))
        .withRequestBody(equalToJson(Samples.text("visits.json"), false, true))
        .withRequestBody(equalToJson("[{\"url\":\"https://shop.example/products/123\"}]", true, true)));
  }

  @Test
  void anEmptyOrderStatusNameOrRelativeUrlIsSentAsGivenSinceAnyStringIsAccepted() {
    stubFor(post(urlPathEqualTo("/client/v1/import/orders")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/product-categories")).willReturn(okJson("{\"processed\":1}")));
    stubFor(post(urlPathEqualTo("/client/v1/import/customer-groups")).willReturn(okJson("{\"processed\":1}")));
    Order sample = Samples.read("orders.json", new TypeReference<List<Order>>() {}).get(0);

    assertImported("orders", client.imports().orders().send(List.of(Order.builder().from(sample).status("").build())), 1L);
    assertImported("product-categories", client.imports().productCategories().send(
        List.of(ProductCategory.builder().id(KilibaId.of("c1")).name("").build())), 1L);
    assertImported("customer-groups", client.imports().customerGroups().send(
        List.of(CustomerGroup.builder().id(KilibaId.of("g1")).name(" ").build())), 1L);
    stubFor(post(urlPathEqualTo("/client/v1/import/products")).willReturn(okJson("{\"processed\":1}")));
    OffsetDateTime at = OffsetDateTime.parse("2024-05-01T12:00:00Z");
    Product product = Product.builder().id(KilibaId.of("p1")).name(Map.of("en", "Product 1"))
        .price(new BigDecimal("9.99")).priceWithTax(new BigDecimal("11.99")).quantity(5L).inStock(true)
        .relativeUrl("").absoluteUrl("https://shop.example/p/1").addCategories(KilibaId.of("c1"))
        .defaultCategoryId(KilibaId.of("c1")).createdAt(at).updatedAt(at).build();
    assertImported("products", client.imports().products().send(List.of(product)), 1L);
    verify(postRequestedFor(urlEqualTo("/client/v1/import/products"))
        .withRequestBody(equalToJson("[{\"relativeUrl\":\"\"}]", true, true)));

    verify(postRequestedFor(urlEqualTo("/client/v1/import/orders"))
        .withRequestBody(equalToJson("[{\"status\":\"\"}]", true, true)));
    verify(postRequestedFor(urlEqualTo("/client/v1/import/product-categories"))
        .withRequestBody(equalToJson("[{\"id\":\"c1\",\"name\":\"\"}]")));
    verify(postRequestedFor(urlEqualTo("/client/v1/import/customer-groups"))
        .withRequestBody(equalToJson("[{\"id\":\"g1\",\"name\":\" \"}]")));
  }

  private static void assertImported(String resource, ImportReport<?> report, long processed) {
    assertTrue(report.isSuccessful(), report.toString());
    assertEquals(resource, report.resource());
    assertEquals(1, report.batches().size());
    assertEquals(1, report.itemsSent());
    assertEquals(processed, report.processed());
  }

  @Test
  void idsKeepTheJsonTypeTheCallerChose() {
    stubFor(post("/client/v1/import/customer-groups").willReturn(okJson("{\"processed\":2}")));

    client.imports().customerGroups().send(List.of(
        CustomerGroup.builder().id(KilibaId.of(7)).name("Seven").build(),
        CustomerGroup.builder().id(KilibaId.of("7")).name("Seven as text").build()));

    verify(postRequestedFor(urlEqualTo("/client/v1/import/customer-groups"))
        .withRequestBody(equalToJson("[{\"id\":7,\"name\":\"Seven\"},{\"id\":\"7\",\"name\":\"Seven as text\"}]", false, false)));
  }

  @Test
  void runsEachUploadStepOnItsOwn(@TempDir Path dir, WireMockRuntimeInfo wm) throws Exception {
    String session = Samples.text("upload-session.json")
        .replace("\"presignedUrl\": \"string\"", "\"presignedUrl\": \"" + wm.getHttpBaseUrl() + "/bucket/raw.tsv?X-Amz-Signature=abc\"");
    stubFor(post("/client/v1/physical-stores/uploads").willReturn(okJson(session)));
    stubFor(put(urlPathEqualTo("/bucket/raw.tsv")).willReturn(aResponse().withStatus(200)));
    stubFor(post("/client/v1/physical-stores/uploads/u-1/complete").willReturn(okJson(Samples.text("upload-status.json"))));
    stubFor(get("/client/v1/physical-stores/uploads/u-1").willReturn(okJson(Samples.text("upload-status.json"))));
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\tstore\na@example.com\tParis\n");

    UploadSession created = client.physicalStores().createUpload(
        Samples.read("create-upload-request.json", CreateUploadRequest.class));
    client.physicalStores().uploadFile(created, file, "text/tab-separated-values");
    UploadStatus completed = client.physicalStores().completeUpload("u-1");
    UploadStatus read = client.physicalStores().getUpload("u-1");

    verify(postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads"))
        .withHeader("X-API-Key", equalTo(KEY))
        .withRequestBody(equalToJson(Samples.text("create-upload-request.json"))));
    verify(putRequestedFor(urlEqualTo("/bucket/raw.tsv?X-Amz-Signature=abc"))
        .withHeader("X-API-Key", absent())
        .withHeader("Authorization", absent())
        .withHeader("Content-Type", equalTo("text/tab-separated-values"))
        .withRequestBody(equalTo("email\tstore\na@example.com\tParis\n")));
    verify(postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads/u-1/complete")).withHeader("X-API-Key", equalTo(KEY)));
    verify(getRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads/u-1")).withHeader("X-API-Key", equalTo(KEY)));
    assertSame(UploadState.CREATED, created.status().orElseThrow());
    assertEquals(Samples.read("upload-status.json", UploadStatus.class), completed);
    assertEquals(completed, read);
  }

  @Test
  void sourceConfigIdsGoOverTheWireAsTheStringsTheReferenceGives() {
    stubFor(post("/client/v1/physical-stores/uploads").willReturn(okJson(Samples.text("upload-session.json"))));

    client.physicalStores().createUpload(CreateUploadRequest.builder().filename("store.tsv")
        .sourceConfig(SourceConfig.builder().addShopIds("7", "shop-2").defaultShopId("7")
            .addCustomerGroupId("3").defaultCustomerGroupId("3").langIsoCode("fr").build())
        .build());

    verify(postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads"))
        .withHeader("X-API-Key", equalTo(KEY))
        .withRequestBody(equalTo("{\"filename\":\"store.tsv\",\"sourceConfig\":{\"shopIds\":[\"7\",\"shop-2\"],"
            + "\"defaultShopId\":\"7\",\"customerGroupIds\":[\"3\"],\"defaultCustomerGroupId\":\"3\",\"langIsoCode\":\"fr\"}}")));
  }

  @Test
  void sendsATransactionalEmail() {
    stubFor(post("/client/v1/transactional-emails/send").willReturn(okJson(Samples.text("transactional-email-result.json"))));

    var result = client.transactionalEmails().send(TransactionalEmail.builder()
        .transactionalEmailId("welcome").email("jane@example.com").language("fr")
        .variables(Map.of("firstname", "Jane")).build());

    assertEquals(Optional.of("string"), result.status());
    verify(postRequestedFor(urlEqualTo("/client/v1/transactional-emails/send"))
        .withHeader("X-API-Key", equalTo(KEY))
        .withRequestBody(equalToJson(
            "{\"transactionalEmailId\":\"welcome\",\"email\":\"jane@example.com\",\"language\":\"fr\",\"variables\":{\"firstname\":\"Jane\"}}")));
  }

  @Test
  void nestValidationErrorsBecomeInvalidRequestWithFieldErrors() {
    stubFor(post("/client/v1/import/carts").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":400,\"message\":[\"0.amount must not be less than 0\"],\"error\":\"Bad Request\"}")));
    Cart cart = Samples.read("carts.json", new TypeReference<List<Cart>>() {}).get(0);

    ImportReport<Cart> report = client.imports().carts().send(List.of(cart));

    InvalidRequestException e = (InvalidRequestException) report.failedBatches().get(0).error();
    assertEquals(400, e.statusCode());
    assertEquals(Optional.of("0.amount must not be less than 0"), e.apiMessage());
    assertEquals("0.amount", e.fieldErrors().get(0).field());
    assertEquals(List.of(cart), report.failedItems());
  }

  @Test
  void badKeyAndNonJsonServerErrorsAreTyped() {
    stubFor(post("/client/v1/customers/blacklist").willReturn(aResponse().withStatus(401)
        .withBody("{\"statusCode\":401,\"message\":\"Unauthorized\"}")));
    stubFor(post("/client/v1/transactional-emails/send").willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

    AuthenticationException auth = assertThrows(AuthenticationException.class,
        () -> client.customers().blacklist(List.of("a@example.com")));
    ServerException server = assertThrows(ServerException.class, () -> client.transactionalEmails().send(
        TransactionalEmail.builder().transactionalEmailId("t").email("a@example.com").language("en").build()));

    assertEquals(Optional.of("Unauthorized"), auth.apiMessage());
    assertFalse(auth.getMessage().contains(KEY));
    assertEquals(Optional.of("<html>oops</html>"), server.rawBody());
  }

  @Test
  void badInputFailsBeforeTheNetwork(WireMockRuntimeInfo wm) {
    ValidationException limit = assertThrows(ValidationException.class,
        () -> client.customers().list(ListCustomersRequest.builder().limit(10_001).build()));
    ValidationException email = assertThrows(ValidationException.class,
        () -> client.customers().blacklist(List.of("ok@example.com", "not-an-email")));
    ValidationException price = assertThrows(ValidationException.class,
        () -> client.imports().products().send(List.of(
            Product.deletion(KilibaId.of("p0")),
            Product.builder().from(validProduct()).price(new java.math.BigDecimal("-1")).build())));
    ValidationException language = assertThrows(ValidationException.class, () -> client.imports().customers().send(List.of(
        ImportCustomer.builder().from(Samples.read("import-customers.json", new TypeReference<List<ImportCustomer>>() {}).get(0))
            .langIsoCode("fra").build())));

    assertEquals("limit: must be between 1 and 10000, got 10001", limit.getMessage());
    assertEquals("customer_emails[1]", email.field());
    assertEquals("products[1].price: must be >= 0 (was -1)", price.getMessage());
    assertEquals("customers[0].langIsoCode: must be a 2-letter ISO 639-1 code (was \"fra\")", language.getMessage());
    assertTrue(wm.getWireMock().getServeEvents().isEmpty());
  }

  static Product validProduct() {
    return Product.builder()
        .from(Samples.read("products.json", new TypeReference<List<Product>>() {}).get(0))
        .absoluteUrl("https://shop.example/products/123")
        .build();
  }

  @Test
  void aMissingKeyFailsAtBuildAndSecretsStayOutOfMessages(@TempDir Path dir, WireMockRuntimeInfo wm) throws Exception {
    ValidationException missing = assertThrows(ValidationException.class, () -> KilibaClient.builder().apiKey(" ").build());
    assertEquals("apiKey", missing.field());
    assertFalse(KilibaClient.builder().apiKey(KEY).toString().contains(KEY));

    stubFor(put(urlPathEqualTo("/bucket/raw.tsv")).willReturn(aResponse().withStatus(403).withBody("SignatureDoesNotMatch")));
    Path file = Files.writeString(dir.resolve("s.tsv"), "email\n");
    UploadSession session = UploadSession.builder().uploadId("u-1")
        .presignedUrl(wm.getHttpBaseUrl() + "/bucket/raw.tsv?X-Amz-Signature=s3cr3tsig").build();

    io.commerceclients.core.error.PermissionDeniedException denied = assertThrows(
        io.commerceclients.core.error.PermissionDeniedException.class,
        () -> client.physicalStores().uploadFile(session, file, "text/tab-separated-values"));

    assertFalse(denied.getMessage().contains("s3cr3tsig"), denied.getMessage());
    assertFalse(session.toString().contains("s3cr3tsig"));
    verify(putRequestedFor(urlPathEqualTo("/bucket/raw.tsv")).withHeader("X-API-Key", absent()));
  }

  @Test
  void aPresignedUrlInPlainHttpToAnotherHostIsRefusedAndNothingIsSent(@TempDir Path dir, WireMockRuntimeInfo wm)
      throws Exception {
    String insecure = "http://storage.example/bucket/raw.tsv?X-Amz-Signature=abc";
    String session = Samples.text("upload-session.json").replace("\"presignedUrl\": \"string\"",
        "\"presignedUrl\": \"" + insecure + "\"");
    stubFor(post("/client/v1/physical-stores/uploads").willReturn(okJson(session)));
    stubFor(put(urlPathEqualTo("/bucket/raw.tsv")).willReturn(aResponse().withStatus(200)));
    stubFor(post("/client/v1/physical-stores/uploads/u-1/complete").willReturn(okJson(Samples.text("upload-status.json"))));
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\tstore\na@example.com\tParis\n");
    AtomicLong progress = new AtomicLong();
    Proxy toWireMock = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", wm.getHttpPort()));
    try (KilibaClient proxied = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey(KEY).sleeper(d -> { })
        .proxy(toWireMock).build()) {
      UploadSession given = UploadSession.builder().uploadId("u-1").presignedUrl(insecure).build();
      ValidationException manual = assertThrows(ValidationException.class,
          () -> proxied.physicalStores().uploadFile(given, file, "text/tab-separated-values"));
      assertEquals("session.presignedUrl", manual.field());
      assertTrue(manual.getMessage().contains("must use https"), manual.getMessage());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> proxied.async().physicalStores().uploadFile(given, file, "text/tab-separated-values").get());
      assertEquals("session.presignedUrl", ((ValidationException) async.getCause()).field());

      ProtocolException oneCall = assertThrows(ProtocolException.class, () -> proxied.physicalStores().upload(
          FileUpload.builder().file(file).onUploadProgress((sent, total) -> progress.set(sent)).build()));
      assertTrue(oneCall.getMessage().contains("plain http to storage.example, not https"), oneCall.getMessage());
      assertFalse(oneCall.getMessage().contains("abc"), oneCall.getMessage());
      ExecutionException oneCallAsync = assertThrows(ExecutionException.class,
          () -> proxied.async().physicalStores().upload(FileUpload.of(file)).get());
      assertTrue(oneCallAsync.getCause() instanceof ProtocolException, oneCallAsync.getCause().toString());
    }
    verify(2, postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads")));
    verify(0, putRequestedFor(urlPathEqualTo("/bucket/raw.tsv")));
    verify(0, postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads/u-1/complete")));
    assertEquals(0, progress.get(), "no byte of the file was read for sending");
  }
}

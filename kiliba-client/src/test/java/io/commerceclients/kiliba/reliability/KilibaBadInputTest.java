package io.commerceclients.kiliba.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.CustomerReference;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.LineItem;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Promotion;
import io.commerceclients.kiliba.model.imports.Visit;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.SourceConfig;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field Kiliba's client validates, once: the call fails with a {@link ValidationException} that
 * names the field and the limit, and the fake received no request at all.
 */
class KilibaBadInputTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-05-01T12:00:00Z");
  private static final Map<String, Object> BIG_METADATA = Map.of("notes", "x".repeat(2_000));

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** One bad value: the field the error must name, a fragment of the limit it must state, and the call. */
  record Bad(String field, String limit, Consumer<KilibaClient> call) {
    @Override
    public String toString() {
      return field + " (" + limit + ")";
    }
  }

  static Bad bad(String field, String limit, Consumer<KilibaClient> call) {
    return new Bad(field, limit, call);
  }

  static Stream<Bad> badInput() {
    return Stream.of(
        //  field                                    limit stated                     call
        bad("products[0].name", "ISO 639-1", c -> products(c, product().name(Map.of()))),
        bad("products[0].name", "2-letter", c -> products(c, product().putName("eng", "x"))),
        bad("products[0].description", "2-letter", c -> products(c, product().putDescription("english", "x"))),
        bad("products[0].price", "required", c -> products(c, product().price(Optional.empty()))),
        bad("products[0].price", ">= 0", c -> products(c, product().price(new BigDecimal("-0.01")))),
        bad("products[0].priceWithTax", ">= 0", c -> products(c, product().priceWithTax(new BigDecimal("-1")))),
        bad("products[0].promotions[0].price", ">= 0", c -> products(c, product().addPromotions(promotion(-1, 1)))),
        bad("products[0].promotions[0].priceWithTax", ">= 0", c -> products(c, product().addPromotions(promotion(1, -1)))),
        bad("products[0].quantity", "between 0 and 9007199254740991", c -> products(c, product().quantity(-1L))),
        bad("products[0].inStock", "required", c -> products(c, product().inStock(Optional.empty()))),
        bad("products[0].absoluteUrl", "absolute", c -> products(c, product().absoluteUrl("/p/1"))),
        bad("products[0].categories", "at least 1", c -> products(c, product().categories(List.of()))),
        bad("products[0].defaultCategoryId", "required", c -> products(c, product().defaultCategoryId(Optional.empty()))),
        bad("products[0].createdAt", "required", c -> products(c, product().createdAt(Optional.empty()))),
        bad("products[0].updatedAt", "required", c -> products(c, product().updatedAt(Optional.empty()))),
        bad("products[0].metadata", "2000 bytes", c -> products(c, product().metadata(BIG_METADATA))),
        bad("productCategories[0].metadata", "2000 bytes", c -> c.imports().productCategories().send(List.of(
            ProductCategory.builder().id(KilibaId.of("c")).name("C").metadata(BIG_METADATA).build()))),
        bad("customerGroups[0].metadata", "2000 bytes", c -> c.imports().customerGroups().send(List.of(
            CustomerGroup.builder().id(KilibaId.of("g")).name("G").metadata(BIG_METADATA).build()))),
        bad("customers[0].email", "email", c -> customers(c, customer().email("jane"))),
        bad("customers[0].gender", "0, 1 or 2", c -> customers(c, customer().gender(3))),
        bad("customers[0].emailMarketingConsent", "required", c -> customers(c, customer().emailMarketingConsent(Optional.empty()))),
        bad("customers[0].smsMarketingConsent", "required", c -> customers(c, customer().smsMarketingConsent(Optional.empty()))),
        bad("customers[0].shopIds", "at least 1", c -> customers(c, customer().shopIds(List.of()))),
        bad("customers[0].defaultShopId", "required", c -> customers(c, customer().defaultShopId(Optional.empty()))),
        bad("customers[0].customerGroupIds", "at least 1", c -> customers(c, customer().customerGroupIds(List.of()))),
        bad("customers[0].defaultCustomerGroupId", "required", c -> customers(c, customer().defaultCustomerGroupId(Optional.empty()))),
        bad("customers[0].langIsoCode", "2-letter", c -> customers(c, customer().langIsoCode("fra"))),
        bad("customers[0].createdAt", "required", c -> customers(c, customer().createdAt(Optional.empty()))),
        bad("customers[0].updatedAt", "required", c -> customers(c, customer().updatedAt(Optional.empty()))),
        bad("customers[0].metadata", "2000 bytes", c -> customers(c, customer().metadata(BIG_METADATA))),
        bad("orders[0].customer.email", "email", c -> orders(c, order().customer(CustomerReference.builder().email("x").build()))),
        bad("orders[0].amount", ">= 0", c -> orders(c, order().amount(new BigDecimal("-5")))),
        bad("orders[0].amountWithTax", ">= 0", c -> orders(c, order().amountWithTax(new BigDecimal("-5")))),
        bad("orders[0].products[0].quantity", "between 0 and", c -> orders(c, order().products(List.of(line().quantity(-2).build())))),
        bad("orders[0].products[0].amount", ">= 0", c -> orders(c, order().products(List.of(line().amount(new BigDecimal("-1")).build())))),
        bad("orders[0].products[0].amountWithTax", ">= 0", c -> orders(c, order().products(List.of(line().amountWithTax(new BigDecimal("-1")).build())))),
        bad("orders[0].metadata", "2000 bytes", c -> orders(c, order().metadata(BIG_METADATA))),
        bad("carts[0].customer.email", "email", c -> carts(c, cart().customer(CustomerReference.builder().email("x@").build()))),
        bad("carts[0].langIsoCode", "2-letter", c -> carts(c, cart().langIsoCode("f"))),
        bad("carts[0].amount", ">= 0", c -> carts(c, cart().amount(new BigDecimal("-1")))),
        bad("carts[0].amountWithTax", ">= 0", c -> carts(c, cart().amountWithTax(new BigDecimal("-1")))),
        bad("carts[0].products[0].quantity", "between 0 and", c -> carts(c, cart().products(List.of(line().quantity(9_007_199_254_740_992L).build())))),
        bad("carts[0].metadata", "2000 bytes", c -> carts(c, cart().metadata(BIG_METADATA))),
        bad("visits[0].email", "email", c -> visits(c, visit().email("guest"))),
        bad("visits[0].url", "absolute", c -> visits(c, visit().url("shop.example/p"))),
        bad("visits[0].productId", "is required", c -> visits(c, visit().productId(Optional.empty()))),
        bad("visits[0].productId", "category visits too", c -> visits(c, visit().productId(Optional.empty())
            .categoryId(KilibaId.of("c1")))),
        bad("visits[0].metadata", "2000 bytes", c -> visits(c, visit().metadata(BIG_METADATA))),
        bad("products", "is required", c -> c.imports().products().send((Stream<Product>) null)),
        bad("products", "is required", c -> c.imports().products().send((Stream<Product>) null, ImportOptions.defaults())),
        bad("visits", "is required", c -> c.imports().visits().send((Iterable<Visit>) null)),
        bad("options", "is required", c -> c.imports().products().send(Stream.of(product().build()), null)),
        bad("options.concurrency", "between 1 and 16", c -> c.imports().products().send(List.of(), ImportOptions.builder().concurrency(17).build())),
        bad("options.maxItemsPerBatch", "between 1 and 1000", c -> c.imports().products().send(List.of(), ImportOptions.builder().maxItemsPerBatch(1_001).build())),
        bad("options.maxBatchBytes", "between 2 and 6000000", c -> c.imports().products().send(List.of(), ImportOptions.builder().maxBatchBytes(6_000_001).build())),
        bad("limit", "between 1 and 10000", c -> c.customers().list(ListCustomersRequest.builder().limit(10_001).build())),
        bad("limit", "between 1 and 10000", c -> c.customers().listAll(ListCustomersRequest.builder().limit(0).build()).forEach(x -> { })),
        bad("page", "between 1 and", c -> c.customers().list(ListCustomersRequest.builder().page(0).build())),
        bad("customer_emails", "at least one", c -> c.customers().blacklist(List.of())),
        bad("customer_emails[1]", "e-mail", c -> c.customers().blacklist(List.of("a@example.com", "b"))),
        bad("customer_emails[0]", "blank", c -> c.customers().whitelist(List.of(" "))),
        bad("transactionalEmailId", "blank", c -> c.transactionalEmails().send(email().transactionalEmailId(" ").build())),
        bad("email", "e-mail", c -> c.transactionalEmails().send(email().email("nope").build())),
        bad("language", "blank", c -> c.transactionalEmails().send(email().language("").build())),
        bad("variables.#order", "without the leading #", c -> c.transactionalEmails().send(email().putVariable("#order", "1").build())),
        bad("filename", "blank", c -> c.physicalStores().createUpload(CreateUploadRequest.builder().filename(" ").build())),
        bad("contentType", "MIME type", c -> c.physicalStores().createUpload(CreateUploadRequest.builder().filename("f.tsv").contentType("tsv").build())),
        bad("size", "between 0 and", c -> c.physicalStores().createUpload(CreateUploadRequest.builder().filename("f.tsv").size(-1L).build())),
        bad("provider", "\"retail\"", c -> c.physicalStores().createUpload(CreateUploadRequest.builder().filename("f.tsv").provider(" ").build())),
        bad("sourceConfig.langIsoCode", "2-letter", c -> c.physicalStores().createUpload(CreateUploadRequest.builder().filename("f.tsv")
            .sourceConfig(SourceConfig.builder().langIsoCode("french").build()).build())),
        bad("file", "readable regular file", c -> c.physicalStores().upload(FileUpload.of(Path.of("no-such-file.tsv")))),
        bad("session.presignedUrl", "blank", c -> c.physicalStores().uploadFile(UploadSession.builder().uploadId("u").build(),
            Path.of("pom.xml"), "text/csv")),
        bad("contentType", "MIME type", c -> c.physicalStores().uploadFile(UploadSession.builder().uploadId("u")
            .presignedUrl(kiliba.baseUrl() + "/_fake-s3/uploads/u").build(), Path.of("pom.xml"), "csv")),
        bad("uploadId", "blank", c -> c.physicalStores().completeUpload(" ")),
        bad("uploadId", "blank", c -> c.physicalStores().getUpload("")),
        bad("uploadId", "blank", c -> c.physicalStores().waitForProcessing(" ", PollingOptions.defaults())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badInput(Bad bad) {
    ValidationException e = assertThrows(ValidationException.class, () -> bad.call().accept(client));

    assertEquals(bad.field(), e.field());
    assertTrue(e.getMessage().startsWith(bad.field() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(bad.limit()), () -> "the limit is stated: " + e.getMessage());
    assertTrue(kiliba.requests().isEmpty(), () -> "sent: " + kiliba.requests());
  }

  /**
   * An item too large for any request is found while batching, not by the up-front validation of a
   * collection: it stops the import before its batch (here the first, so nothing is sent) and the
   * report names it; batches before it would have been sent (see the report).
   */
  @Test
  void anItemLargerThanOneRequestStopsTheImportAndIsNamed() {
    Product huge = product().putDescription("en", "x".repeat(6_000_000)).build();

    ImportReport<Product> report = client.imports().products().send(List.of(huge));

    ValidationException e = (ValidationException) report.stoppedBy().orElseThrow();
    assertEquals("products[0]", e.field());
    assertTrue(e.getMessage().contains("at most 6000000 bytes"), e.getMessage());
    assertEquals(List.of(huge), report.unsentItems());
    assertTrue(kiliba.requests().isEmpty());
  }

  private static void products(KilibaClient c, io.commerceclients.kiliba.model.imports.ImmutableProduct.Builder p) {
    c.imports().products().send(List.of(p.build()));
  }

  private static io.commerceclients.kiliba.model.imports.ImmutableProduct.Builder product() {
    return Product.builder().from(KilibaFaultMatrixTest.product(0));
  }

  private static Promotion promotion(int price, int priceWithTax) {
    return Promotion.builder().price(BigDecimal.valueOf(price)).priceWithTax(BigDecimal.valueOf(priceWithTax)).build();
  }

  private static void customers(KilibaClient c, io.commerceclients.kiliba.model.imports.ImmutableImportCustomer.Builder b) {
    c.imports().customers().send(List.of(b.build()));
  }

  private static io.commerceclients.kiliba.model.imports.ImmutableImportCustomer.Builder customer() {
    return ImportCustomer.builder().id(KilibaId.of("c1")).email("a@example.com").gender(1)
        .emailMarketingConsent(true).smsMarketingConsent(false)
        .addShopIds(KilibaId.of(1)).defaultShopId(KilibaId.of(1))
        .addCustomerGroupIds(KilibaId.of(1)).defaultCustomerGroupId(KilibaId.of(1))
        .langIsoCode("fr").createdAt(T).updatedAt(T);
  }

  private static io.commerceclients.kiliba.model.imports.ImmutableLineItem.Builder line() {
    return LineItem.builder().id(KilibaId.of("p1")).quantity(1).amount(BigDecimal.TEN).amountWithTax(new BigDecimal("12"));
  }

  private static void orders(KilibaClient c, io.commerceclients.kiliba.model.imports.ImmutableOrder.Builder b) {
    c.imports().orders().send(List.of(b.build()));
  }

  private static io.commerceclients.kiliba.model.imports.ImmutableOrder.Builder order() {
    return Order.builder().id(KilibaId.of("o1")).status("paid").shopId(KilibaId.of(1))
        .amount(BigDecimal.TEN).amountWithTax(new BigDecimal("12")).addProducts(line().build())
        .createdAt(T).updatedAt(T);
  }

  private static void carts(KilibaClient c, io.commerceclients.kiliba.model.imports.ImmutableCart.Builder b) {
    c.imports().carts().send(List.of(b.build()));
  }

  private static io.commerceclients.kiliba.model.imports.ImmutableCart.Builder cart() {
    return Cart.builder().id(KilibaId.of("k1")).shopId(KilibaId.of(1)).langIsoCode("fr")
        .amount(BigDecimal.TEN).amountWithTax(new BigDecimal("12")).addProducts(line().build())
        .createdAt(T).updatedAt(T);
  }

  private static void visits(KilibaClient c, io.commerceclients.kiliba.model.imports.ImmutableVisit.Builder b) {
    c.imports().visits().send(List.of(b.build()));
  }

  private static io.commerceclients.kiliba.model.imports.ImmutableVisit.Builder visit() {
    return Visit.builder().email("a@example.com").url("https://shop.example/p/1").date(T).productId(KilibaId.of("p1"));
  }

  private static io.commerceclients.kiliba.model.emails.ImmutableTransactionalEmail.Builder email() {
    return TransactionalEmail.builder().transactionalEmailId("order-shipped").email("a@example.com").language("fr");
  }
}

package io.commerceclients.kiliba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.Samples;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.LineItem;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** Each documented limit fails before the network, naming the field, the item index and the limit. */
class ImportValidationTest {

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = kiliba.clientBuilder(KilibaClient.Builder.class).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    assertTrue(kiliba.requests().isEmpty(), "a request reached the server: " + kiliba.requests());
  }

  private static String fails(Executable call) {
    return assertThrows(ValidationException.class, call).getMessage();
  }

  private static ImportCustomer customer() {
    return Samples.read("import-customers.json", new TypeReference<List<ImportCustomer>>() {}).get(0);
  }

  private static Order order() {
    return Samples.read("orders.json", new TypeReference<List<Order>>() {}).get(0);
  }

  @Test
  void products() {
    Product ok = KilibaWireTest.validProduct();
    assertEquals("products[1].name: is required (a map with at least one ISO 639-1 language code) unless deleted is true",
        fails(() -> client.imports().products().send(List.of(ok, Product.builder().id(KilibaId.of(1)).build()))));
    assertEquals("products[0].priceWithTax: must be >= 0 (was -0.01)", fails(() -> client.imports().products().send(
        List.of(Product.builder().from(ok).priceWithTax(new BigDecimal("-0.01")).build()))));
    assertEquals("products[0].quantity: must be between 0 and 9007199254740991 (was 9007199254740992)",
        fails(() -> client.imports().products().send(List.of(Product.builder().from(ok).quantity(9_007_199_254_740_992L).build()))));
    assertEquals("products[0].categories: must contain at least 1 item (was empty)",
        fails(() -> client.imports().products().send(List.of(Product.builder().from(ok).categories(List.of()).build()))));
    assertEquals("products[0].name: keys must be 2-letter ISO 639-1 codes (was \"english\")",
        fails(() -> client.imports().products().send(List.of(Product.builder().from(ok).putName("english", "T").build()))));
    assertEquals("products[0].promotions[0].price: must be >= 0 (was -1)", fails(() -> client.imports().products().send(
        List.of(Product.builder().from(ok).promotions(List.of(io.commerceclients.kiliba.model.imports.Promotion.builder().from(ok.promotions().get(0)).price(new BigDecimal("-1")).build())).build()))));
    assertEquals("products[0].absoluteUrl: must be an absolute URI (was \"/p/1\")",
        fails(() -> client.imports().products().send(List.of(Product.builder().from(ok).absoluteUrl("/p/1").build()))));
  }

  @Test
  void metadataIsAtMostTwoKilobytes() {
    Map<String, Object> big = Map.of("notes", "x".repeat(2_000));
    assertEquals("productCategories[0].metadata: must be at most 2000 bytes serialised (was 2012 bytes)",
        fails(() -> client.imports().productCategories().send(List.of(
            ProductCategory.builder().id(KilibaId.of("c")).name("C").metadata(big).build()))));
  }

  @Test
  void customers() {
    assertEquals("customers[0].email: must be an e-mail address like name@example.com",
        fails(() -> client.imports().customers().send(List.of(ImportCustomer.builder().from(customer()).email("jane").build()))));
    assertEquals("customers[0].shopIds: must contain at least 1 item (was empty)",
        fails(() -> client.imports().customers().send(List.of(ImportCustomer.builder().from(customer()).shopIds(List.of()).build()))));
    assertEquals("customers[0].customerGroupIds: must contain at least 1 item (was empty)", fails(() -> client.imports()
        .customers().send(List.of(ImportCustomer.builder().from(customer()).customerGroupIds(List.of()).build()))));
    assertEquals("customers[0].smsMarketingConsent: is required unless deleted is true", fails(() -> client.imports()
        .customers().send(List.of(ImportCustomer.builder().from(customer()).smsMarketingConsent(java.util.Optional.empty()).build()))));
    assertEquals("customers[1].email: is required unless deleted is true", fails(() -> client.imports().customers().send(
        List.of(ImportCustomer.deletion(KilibaId.of("gone")), ImportCustomer.builder().id(KilibaId.of("x")).build()))));
  }

  @Test
  void ordersCartsAndVisits() {
    assertEquals("orders[0].amount: must be >= 0 (was -5)", fails(() -> client.imports().orders().send(
        List.of(Order.builder().from(order()).amount(new BigDecimal("-5")).build()))));
    assertEquals("orders[0].products[0].quantity: must be between 0 and 9007199254740991 (was -2)",
        fails(() -> client.imports().orders().send(List.of(Order.builder().from(order())
            .products(List.of(LineItem.builder().from(order().products().get(0)).quantity(-2).build())).build()))));
    Cart cart = Samples.read("carts.json", new TypeReference<List<Cart>>() {}).get(0);
    assertEquals("carts[0].langIsoCode: must be a 2-letter ISO 639-1 code (was \"f\")",
        fails(() -> client.imports().carts().send(List.of(Cart.builder().from(cart).langIsoCode("f").build()))));
    Visit visit = Visit.builder().email("guest@example.com").url("https://shop.example/").date(OffsetDateTime.now())
        .productId(KilibaId.of("p1")).build();
    Visit categoryOnly = Visit.builder().from(visit).productId(java.util.Optional.empty()).categoryId(KilibaId.of("c1")).build();
    assertEquals("visits[1].productId: is required (Kiliba's reference requires it for every visit, category visits too)",
        fails(() -> client.imports().visits().send(List.of(visit, categoryOnly))));
  }

  @Test
  void optionsAndOtherRequests() {
    assertEquals("options.maxItemsPerBatch: must be between 1 and 1000, got 1001", fails(() -> client.imports().products()
        .send(List.of(), ImportOptions.builder().maxItemsPerBatch(1_001).build())));
    assertEquals("options.maxBatchBytes: must be between 2 and 6000000, got 7000000", fails(() -> client.imports().products()
        .send(List.of(), ImportOptions.builder().maxBatchBytes(7_000_000).build())));
    assertEquals("filename: is required and must not be blank",
        fails(() -> client.physicalStores().createUpload(CreateUploadRequest.builder().filename(" ").build())));
    assertEquals("email: must be an e-mail address like name@example.com", fails(() -> client.transactionalEmails()
        .send(TransactionalEmail.builder().transactionalEmailId("t").email("nope").language("fr").build())));
    assertEquals("customer_emails: must contain at least one element", fails(() -> client.customers().blacklist(List.of())));
  }
}

package io.commerceclients.kiliba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import io.commerceclients.core.json.Json;
import io.commerceclients.kiliba.model.imports.Address;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.CustomerReference;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.ImportResult;
import io.commerceclients.kiliba.model.imports.LineItem;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Promotion;
import io.commerceclients.kiliba.model.imports.Visit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportModelsTest {

  private static final OffsetDateTime SAMPLE_DATE = OffsetDateTime.parse("2019-08-24T14:15:22Z");
  private static final Map<String, Object> SAMPLE_METADATA = Map.of("key1", "value1", "key2", "value2");
  private static final Address SAMPLE_ADDRESS =
      Address.builder().address("123 Main St").city("Paris").countryCode("FR").country("France")
          .phone("+33123456789").zipcode("75001").region("Île-de-France").build();
  private static final CustomerReference SAMPLE_CUSTOMER =
      CustomerReference.builder().id(KilibaId.of("string")).email("user@example.com").firstName("John")
          .lastName("Doe").addCustomerGroupIds(KilibaId.of("group123"), KilibaId.of("group456"))
          .defaultCustomerGroupId(KilibaId.of("group123")).build();

  @Test
  void productCategorySample() {
    List<ProductCategory> read = Samples.read("product-categories.json", new TypeReference<List<ProductCategory>>() {});

    ProductCategory expected = ProductCategory.builder().id(KilibaId.of("cat123")).parentId(KilibaId.of("cat001"))
        .name("Electronics").metadata(SAMPLE_METADATA).build();
    assertEquals(List.of(expected), read);
    Samples.assertSerialisesTo("product-categories.json", List.of(expected));
  }

  @Test
  void productSample() {
    List<Product> read = Samples.read("products.json", new TypeReference<List<Product>>() {});

    Product expected = Product.builder()
        .id(KilibaId.of("string")).variantId(KilibaId.of("string")).sku("string")
        .name(Map.of("fr", "T-shirt", "en", "T-shirt"))
        .description(Map.of("fr", "T-shirt en coton", "en", "Cotton T-shirt"))
        .price(new BigDecimal("19.99")).priceWithTax(new BigDecimal("23.99"))
        .addPromotion(Promotion.builder().price(new BigDecimal("15.99")).priceWithTax(new BigDecimal("19.99"))
            .startDate(OffsetDateTime.parse("2025-01-01T00:00:00Z"))
            .endDate(OffsetDateTime.parse("2025-01-31T23:59:59Z")).build())
        .addPromotion(Promotion.builder().price(new BigDecimal("16.99")).priceWithTax(new BigDecimal("20.99"))
            .startDate(OffsetDateTime.parse("2025-02-01T00:00:00Z")).build())
        .canBeRecommended(true).quantity(0L).inStock(true).recommendIfOutOfStock(false)
        .relativeUrl("/products/123").isDefaultVariant(false)
        .addCategories(KilibaId.of("cat123"), KilibaId.of("cat456"))
        .defaultCategoryId(KilibaId.of("cat123")).metadata(SAMPLE_METADATA)
        .createdAt(SAMPLE_DATE).updatedAt(SAMPLE_DATE).deleted(false)
        .build();
    assertEquals(List.of(expected), read);
    Samples.assertSerialisesTo("products.json", List.of(expected));
  }

  @Test
  void productDeletionCarriesOnlyTheIds() throws Exception {
    assertEquals("{\"id\":12,\"variantId\":\"v-1\",\"deleted\":true}",
        Json.mapper().writeValueAsString(Product.deletion(KilibaId.of(12), KilibaId.of("v-1"))));
    assertEquals("{\"id\":\"c1\",\"deleted\":true}",
        Json.mapper().writeValueAsString(ImportCustomer.deletion(KilibaId.of("c1"))));
  }

  @Test
  void customerGroupSample() {
    List<CustomerGroup> read = Samples.read("customer-groups.json", new TypeReference<List<CustomerGroup>>() {});

    CustomerGroup expected = CustomerGroup.builder().id(KilibaId.of("group123")).name("VIP Customers")
        .metadata(SAMPLE_METADATA).build();
    assertEquals(List.of(expected), read);
    Samples.assertSerialisesTo("customer-groups.json", List.of(expected));
  }

  @Test
  void importCustomerSample() {
    List<ImportCustomer> read = Samples.read("import-customers.json", new TypeReference<List<ImportCustomer>>() {});

    ImportCustomer expected = ImportCustomer.builder()
        .id(KilibaId.of("cust123")).email("example@example.com").firstName("John").lastName("Doe")
        .birthday(LocalDate.of(2019, 8, 24)).gender(0)
        .emailMarketingConsent(true).smsMarketingConsent(true)
        .addShopIds(KilibaId.of("shop123"), KilibaId.of("shop456")).defaultShopId(KilibaId.of("shop123"))
        .addCustomerGroupIds(KilibaId.of("group123"), KilibaId.of("group456"))
        .defaultCustomerGroupId(KilibaId.of("group123")).langIsoCode("fr")
        .billingAddress(SAMPLE_ADDRESS).createdAt(SAMPLE_DATE).updatedAt(SAMPLE_DATE).deleted(false)
        .metadata(SAMPLE_METADATA)
        .customFields(Map.of("loyaltyTier", "gold", "totalPurchases", 12, "newsletterEligible", true,
            "firstStoreVisitDate", "2026-02-19"))
        .build();
    assertEquals(List.of(expected), read);
    Samples.assertSerialisesTo("import-customers.json", List.of(expected));
  }

  @Test
  void orderSample() {
    List<Order> read = Samples.read("orders.json", new TypeReference<List<Order>>() {});

    Order expected = Order.builder()
        .id(KilibaId.of("string")).reference("ORD123456").status("pending").cartId(KilibaId.of("string"))
        .customer(SAMPLE_CUSTOMER).shopId(KilibaId.of("shop123")).billingAddress(SAMPLE_ADDRESS)
        .amount(new BigDecimal("100")).amountWithTax(new BigDecimal("120"))
        .addProduct(LineItem.builder().id(KilibaId.of("prod123")).variantId(KilibaId.of("var123"))
            .name("Product 1").quantity(1).amount(new BigDecimal("0")).amountWithTax(new BigDecimal("60"))
            .manufacturerId("brand-123").manufacturerName("Nike").build())
        .addPromoCodes("PROMO10", "DISCOUNT20")
        .createdAt(SAMPLE_DATE).updatedAt(SAMPLE_DATE).metadata(SAMPLE_METADATA)
        .build();
    assertEquals(List.of(expected), read);
    Samples.assertSerialisesTo("orders.json", List.of(expected));
  }

  @Test
  void cartSample() {
    List<Cart> read = Samples.read("carts.json", new TypeReference<List<Cart>>() {});

    Cart expected = Cart.builder()
        .id(KilibaId.of("cart123")).customer(SAMPLE_CUSTOMER).shopId(KilibaId.of("shop123")).langIsoCode("fr")
        .amount(new BigDecimal("100")).amountWithTax(new BigDecimal("120"))
        .addProduct(LineItem.builder().id(KilibaId.of("prod123")).variantId(KilibaId.of("var123"))
            .name("Product 1").quantity(1).amount(new BigDecimal("50")).amountWithTax(new BigDecimal("60"))
            .relativeUrl("/products/123").manufacturerId("brand-123").manufacturerName("Nike").build())
        .addPromoCodes("PROMO10", "DISCOUNT20").billingAddress(SAMPLE_ADDRESS)
        .createdAt(SAMPLE_DATE).updatedAt(SAMPLE_DATE).metadata(SAMPLE_METADATA)
        .build();
    assertEquals(List.of(expected), read);
    Samples.assertSerialisesTo("carts.json", List.of(expected));
  }

  @Test
  void visitSample() {
    List<Visit> read = Samples.read("visits.json", new TypeReference<List<Visit>>() {});

    Visit visit = read.get(0);
    assertEquals(Optional.of(KilibaId.of("cust123")), visit.customerId());
    assertEquals("guest@example.com", visit.email());
    assertEquals(OffsetDateTime.parse("2025-01-01T12:00:00Z"), visit.date());
    assertEquals(SAMPLE_METADATA, visit.metadata());
    assertEquals(Optional.of(KilibaId.of("prod123")), visit.productId());
    assertEquals(Optional.of(KilibaId.of("var123")), visit.variantId());
    assertEquals(Optional.of(KilibaId.of("cat123")), visit.categoryId());
    // The reference's sample leaves out the required url, which the builder requires: the sample here adds it.
    assertEquals("https://shop.example/products/123", visit.url());
    Samples.assertSerialisesTo("visits.json", read);
  }

  @Test
  void importResultSample() {
    ImportResult result = Samples.read("import-result.json", ImportResult.class);

    assertEquals(Optional.of(0L), result.processed());
    Samples.assertSerialisesTo("import-result.json", result);
  }
}

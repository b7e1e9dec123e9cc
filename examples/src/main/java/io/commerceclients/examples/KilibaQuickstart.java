package io.commerceclients.examples;

import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import io.commerceclients.core.polling.PollingOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A tour of the Kiliba client: one page of customers, every subscribed customer, a bulk import and
 * a physical-store upload. Runs against a started {@code FakeKiliba} unless {@code KILIBA_API_KEY}
 * is set; on the real API the writing steps run only with {@code KILIBA_EXAMPLES_WRITE=true}.
 */
public final class KilibaQuickstart {

  private KilibaQuickstart() {}

  /** Runs the tour. */
  public static void main(String[] args) throws Exception {
    try (KilibaExampleSupport env = KilibaExampleSupport.open()) {
      KilibaClient kiliba = env.client;

      CustomerPage page = kiliba.customers().list(ListCustomersRequest.builder().limit(5).build());
      System.out.println("1. First page: " + page.customers().size() + " customers of "
          + page.total().orElse(0L) + " in total");
      page.customers().forEach(c -> System.out.println("   - " + c.idCustomer() + " " + c.email().orElse("(no email)")));

      long subscribed = kiliba.customers()
          .listAll(ListCustomersRequest.builder().addStatuses(CustomerStatus.SUBSCRIBED).build())
          .stream().count();
      System.out.println("2. Iterated every subscribed customer, page by page: " + subscribed);

      if (!env.mayWrite()) {
        System.out.println("3. Skipping imports and uploads on the real API (set KILIBA_EXAMPLES_WRITE=true to run them)");
        return;
      }

      ImportReport<ProductCategory> categories = kiliba.imports().productCategories().send(List.of(
          ProductCategory.builder().id(KilibaId.of("tops")).name("Tops").build()));
      System.out.println("3. Imported product categories: " + categories.processed() + " processed");

      OffsetDateTime now = OffsetDateTime.now();
      Product tshirt = Product.builder()
          .id(KilibaId.of(1001)).sku("TS-1001")
          .name(Map.of("en", "T-shirt", "fr", "T-shirt"))
          .price(new BigDecimal("19.99")).priceWithTax(new BigDecimal("23.99"))
          .quantity(42L).inStock(true)
          .relativeUrl("/products/1001").absoluteUrl("https://shop.example/products/1001")
          .addCategories(KilibaId.of("tops")).defaultCategoryId(KilibaId.of("tops"))
          .createdAt(now).updatedAt(now)
          .build();
      ImportReport<Product> products = kiliba.imports().products().send(List.of(tshirt));
      System.out.println("4. Imported products: " + products.itemsSent() + " sent in " + products.batches().size()
          + " request(s), " + products.failedBatches().size() + " failed");

      Path file = Files.createTempFile("store-customers", ".tsv");
      Files.writeString(file, "email\tfirstname\tstore\nann@example.com\tAnn\tParis\nbob@example.com\tBob\tLyon\n");
      UploadResult upload = kiliba.physicalStores().upload(FileUpload.builder()
          .file(file).datasetType("customers")
          .polling(PollingOptions.builder().interval(Duration.ofMillis(200)).build())
          .build());
      Files.deleteIfExists(file);
      System.out.println("5. Uploaded a physical-store file (upload " + upload.uploadId() + "): "
          + upload.rowsAccepted().orElse(0L) + " of " + upload.rowsTotal().orElse(0L) + " rows accepted, "
          + upload.rowsRejected().orElse(0L) + " rejected");
    }
  }
}

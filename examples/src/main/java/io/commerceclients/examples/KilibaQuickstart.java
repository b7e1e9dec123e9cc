package io.commerceclients.examples;

import io.commerceclients.examples.support.Console;
import io.commerceclients.examples.support.Stages;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A tour of the Kiliba client: one page of customers, every subscribed customer, a product import,
 * a physical-store upload with progress, and a transactional email. Runs against a started {@code
 * FakeKiliba} unless {@code KILIBA_API_KEY} is set; on the real API the writing steps run only
 * with {@code KILIBA_EXAMPLES_WRITE=true}.
 */
public final class KilibaQuickstart {

  static final int STORE_ROWS = 5_000;

  private KilibaQuickstart() {}

  /** Runs the tour. */
  public static void main(String[] args) throws IOException {
    try (KilibaExampleSupport env = KilibaExampleSupport.open()) {
      KilibaClient kiliba = env.client;

      Console.step("Reading the first page of customers (limit 3)");
      CustomerPage page = kiliba.customers().list(ListCustomersRequest.builder().limit(3).build());
      Console.detail("customers on the page", page.customers().size() + " of " + page.total().orElse(0L) + " in total");
      page.customers().forEach(c -> Console.note("customer " + c.idCustomer() + " " + c.email().orElse("(no email)")));

      Console.step("Counting every subscribed customer (fetched lazily, 1000 per request)");
      long subscribed = kiliba.customers()
          .listAll(ListCustomersRequest.builder().addStatuses(CustomerStatus.SUBSCRIBED).build())
          .stream().count();
      Console.detail("subscribed customers", subscribed);

      if (env.skipWrites("the product import, the store upload and the email")) {
        return;
      }

      Console.step("Importing a product category and a product");
      ImportReport<ProductCategory> categories = kiliba.imports().productCategories().send(List.of(
          ProductCategory.builder().id(KilibaId.of("tops")).name("Tops").build()));
      Console.detail("categories", categories.itemsSent() + " sent, " + categories.processed() + " processed");
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      ImportReport<Product> products = kiliba.imports().products().send(List.of(Product.builder()
          .id(KilibaId.of(1001)).sku("TS-1001")
          .name(Map.of("en", "T-shirt", "fr", "T-shirt"))
          .price(new BigDecimal("19.99")).priceWithTax(new BigDecimal("23.99"))
          .quantity(42L).inStock(true)
          .relativeUrl("/products/1001").absoluteUrl("https://shop.example/products/1001")
          .addCategories(KilibaId.of("tops")).defaultCategoryId(KilibaId.of("tops"))
          .createdAt(now).updatedAt(now)
          .build()));
      Console.detail("products", products.itemsSent() + " sent in " + products.batches().size() + " request(s), "
          + products.processed() + " processed, " + products.failedBatches().size() + " failed batch(es)");

      Path file = storeFile();
      long size = Files.size(file);
      Console.step("Uploading a physical-store file: " + STORE_ROWS + " customers, " + Console.bytes(size));
      UploadResult upload;
      try (Stages progress = new Stages()) {
        Consumer<String> parsing = progress.job("parsing");
        upload = kiliba.physicalStores().upload(FileUpload.builder()
            .file(file).datasetType("customers")
            .polling(env.polling())
            .onUploadProgress(progress.transfer("upload"))
            .onProgress(status -> parsing.accept(status.status().map(Object::toString).orElse("?")
                + ", stage " + status.currentStage().orElse("?")))
            .build());
      } finally {
        Files.deleteIfExists(file);
      }
      Console.detail("upload id", upload.uploadId());
      Console.detail("rows", upload.rowsAccepted().orElse(0L) + " accepted, " + upload.rowsRejected().orElse(0L)
          + " rejected, of " + upload.rowsTotal().orElse(0L));

      Console.step("Sending the transactional email 'order-shipped' to jane.doe@example.com");
      TransactionalEmailResult email = kiliba.transactionalEmails().send(TransactionalEmail.builder()
          .transactionalEmailId("order-shipped").email("jane.doe@example.com").language("en")
          .putVariable("order", "A-1042").build());
      Console.detail("status", email.status().orElse("(none)"));
    }
  }

  private static Path storeFile() throws IOException {
    Path file = Files.createTempFile("store-customers-", ".tsv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("email\tfirstname\tlastname\tstore\n");
      for (int i = 1; i <= STORE_ROWS; i++) {
        out.write("store.customer" + i + "@example.com\tFirst" + i + "\tLast" + i + "\t" + (i % 2 == 0 ? "Paris" : "Lyon") + "\n");
      }
    }
    return file;
  }
}

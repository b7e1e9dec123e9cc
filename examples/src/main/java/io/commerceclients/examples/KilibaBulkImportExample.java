package io.commerceclients.examples;

import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.Product;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams 12,000 generated products into Kiliba, 2 requests in flight, printing each batch as it
 * completes and every failed batch at the end. Uses the fake unless {@code KILIBA_API_KEY} is set
 * (and then only with {@code KILIBA_EXAMPLES_WRITE=true}).
 */
public final class KilibaBulkImportExample {

  private KilibaBulkImportExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (KilibaExampleSupport env = KilibaExampleSupport.open()) {
      if (!env.mayWrite()) {
        System.out.println("Not importing into the real account without KILIBA_EXAMPLES_WRITE=true");
        return;
      }
      OffsetDateTime now = OffsetDateTime.now();
      Stream<Product> products = IntStream.range(0, 12_000).mapToObj(i -> Product.builder()
          .id(KilibaId.of("sku-" + i))
          .name(Map.of("en", "Product " + i))
          .description(Map.of("en", "Generated product number " + i))
          .price(new BigDecimal("10.00")).priceWithTax(new BigDecimal("12.00"))
          .quantity((long) i % 50).inStock(i % 50 != 0)
          .relativeUrl("/p/" + i).absoluteUrl("https://shop.example/p/" + i)
          .addCategories(KilibaId.of("all")).defaultCategoryId(KilibaId.of("all"))
          .createdAt(now).updatedAt(now)
          .build());

      ImportReport<Product> report = env.client.imports().products().send(products, ImportOptions.builder()
          .concurrency(2)
          .progressListener((batch, done) -> System.out.println("  batch " + batch.number() + ": " + batch.itemCount()
              + " items, " + batch.bytes() + " bytes, " + (batch.succeeded() ? "ok" : "FAILED " + batch.error().get())
              + " (" + done + " items done)"))
          .build());

      System.out.println("Sent " + report.itemsSent() + " products in " + report.batches().size() + " requests; "
          + report.processed() + " processed; " + report.itemsFailed() + " in failed batches");
      for (FailedBatch<Product> failed : report.failedBatches()) {
        System.out.println("  retry later: batch " + failed.result().number() + " with " + failed.items().size()
            + " products, because " + failed.error().getMessage());
      }
      env.fake.ifPresent(f -> System.out.println("The fake now holds "
          + f.imports().count(io.commerceclients.testing.kiliba.FakeKilibaImports.Resource.PRODUCTS) + " products"));
    }
  }
}

package io.commerceclients.examples;

import io.commerceclients.examples.support.Console;
import io.commerceclients.examples.support.Progress;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams 10,000 generated products into Kiliba, two requests in flight, with a progress bar, and
 * prints the import's report: batches, items processed, batches sent more than once, and every
 * failed batch with its items. On the fake, one request answers 503 to show the retry. Uses the
 * fake unless {@code KILIBA_API_KEY} is set (and then only with {@code KILIBA_EXAMPLES_WRITE=true}).
 */
public final class KilibaBulkImportExample {

  static final int PRODUCTS = 10_000;

  private KilibaBulkImportExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (KilibaExampleSupport env = KilibaExampleSupport.open()) {
      if (env.skipWrites("the import of " + PRODUCTS + " products")) {
        return;
      }
      env.fake.ifPresent(fake -> fake.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/import/products"),
          Fault.status(503)));

      Console.step("Importing " + PRODUCTS + " generated products (read lazily from a Stream, 2 requests in flight)");
      ImportReport<Product> report;
      try (Progress progress = Console.progress("products", PRODUCTS, "products")) {
        report = env.client.imports().products().send(products(), ImportOptions.builder()
            .concurrency(2)
            .progressListener((batch, itemsDone) -> progress.update(itemsDone))
            .build());
      }

      Console.detail("requests", report.batches().size() + " (up to 1000 products and 6,000,000 bytes each)");
      Console.detail("products sent", report.itemsSent());
      Console.detail("processed by Kiliba", report.processed());
      Console.detail("batches sent more than once", report.batchesResent());
      for (BatchResult batch : report.batches()) {
        if (batch.attempts() > 1) {
          Console.note("batch " + batch.number() + " (products " + batch.firstItemIndex() + ".."
              + (batch.firstItemIndex() + batch.itemCount() - 1) + ") was sent " + batch.attempts() + " times");
        }
      }
      Console.detail("failed batches", report.failedBatches().size());
      for (FailedBatch<Product> failed : report.failedBatches()) {
        Console.note("batch " + failed.result().number() + ": " + failed.items().size() + " products to retry later, because "
            + failed.error().getMessage());
      }
      Console.detail("result", report.isSuccessful() ? "every product accepted" : "some products were not accepted");
      env.fake.ifPresent(fake -> Console.detail("products stored by the fake", fake.imports().count(Resource.PRODUCTS)));
    }
  }

  private static Stream<Product> products() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return IntStream.range(0, PRODUCTS).mapToObj(i -> Product.builder()
        .id(KilibaId.of("sku-" + i))
        .name(Map.of("en", "Product " + i))
        .description(Map.of("en", "Generated product number " + i))
        .price(new BigDecimal("10.00")).priceWithTax(new BigDecimal("12.00"))
        .quantity((long) i % 50).inStock(i % 50 != 0)
        .relativeUrl("/p/" + i).absoluteUrl("https://shop.example/p/" + i)
        .addCategories(KilibaId.of("all")).defaultCategoryId(KilibaId.of("all"))
        .createdAt(now).updatedAt(now)
        .build());
  }
}

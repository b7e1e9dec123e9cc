package io.commerceclients.examples;

import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.examples.support.Console;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a rate limit (HTTP 429) looks like from the client, on a {@link FakeKiliba} told to answer
 * 429: the client waits the {@code Retry-After} and retries; with retries off, or once they are
 * used up, {@link RateLimitException} says how long to wait; in a bulk import, the batch that stayed
 * rate-limited is reported with its items, which are sent again. Always runs on the fake, since the
 * real API cannot be told to rate-limit.
 */
public final class KilibaRateLimitExample {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";
  private static final String CATEGORIES = "/client/v1/import/product-categories";

  private KilibaRateLimitExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (FakeKiliba fake = FakeKiliba.started();
        KilibaClient kiliba = KilibaClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
        KilibaClient noRetries = KilibaClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .maxRetries(0).build()) {
      fake.customers().addGenerated(10);
      Console.fakeOnly("Kiliba", fake.baseUrl(), "it tells the fake to answer 429, which the real API cannot be asked to do");
      ListCustomersRequest firstPage = ListCustomersRequest.builder().limit(10).build();

      Console.step("Listing customers while Kiliba answers the next 2 requests with 429 (Retry-After: 1)");
      fake.faults().failNext(2, RequestMatcher.of("GET", CUSTOMERS), Fault.rateLimited(1));
      CustomerPage page = kiliba.customers().list(firstPage);
      Console.detail("customers read", page.customers().size());
      Console.detail("requests Kiliba saw", fake.requestCount("GET", CUSTOMERS)
          + " (two 429s, each followed by a 1 s wait, then success)");

      Console.step("The same with retries off (maxRetries(0))");
      fake.faults().failNext(1, RequestMatcher.of("GET", CUSTOMERS), Fault.rateLimited(1));
      report(() -> noRetries.customers().list(firstPage));

      Console.step("A Retry-After of 120 s is over the 60 s the client waits for: it is not slept through");
      fake.faults().failNext(1, RequestMatcher.of("GET", CUSTOMERS), Fault.rateLimited(120));
      report(() -> kiliba.customers().list(firstPage));

      Console.step("Importing 2,500 product categories while the first batch stays rate-limited (3 x 429)");
      List<ProductCategory> categories = IntStream.range(0, 2_500)
          .mapToObj(i -> ProductCategory.builder().id(KilibaId.of(i)).name("Category " + i).build())
          .collect(Collectors.toList());
      fake.faults().failNext(3, RequestMatcher.of("POST", CATEGORIES), Fault.rateLimited(1));
      ImportReport<ProductCategory> report = kiliba.imports().productCategories().send(categories,
          ImportOptions.builder().concurrency(1).build());
      Console.detail("accepted", report.itemsSucceeded() + " of " + report.itemsSent() + " categories in "
          + report.batches().size() + " batches");
      List<ProductCategory> toResend = new ArrayList<>();
      for (FailedBatch<ProductCategory> failed : report.failedBatches()) {
        Console.note("batch " + failed.result().number() + " failed after " + failed.result().attempts() + " attempts ("
            + failed.items().size() + " categories, ids " + failed.items().get(0).id() + ".."
            + failed.items().get(failed.items().size() - 1).id() + "): " + failed.error().getClass().getSimpleName());
        toResend.addAll(failed.items());
      }

      Console.step("Sending the " + toResend.size() + " categories of the failed batch again");
      ImportReport<ProductCategory> resent = kiliba.imports().productCategories().send(toResend);
      Console.detail("accepted", resent.itemsSucceeded() + " of " + resent.itemsSent());
      Console.detail("categories stored by the fake", fake.imports().count(Resource.PRODUCT_CATEGORIES));
    }
  }

  private static void report(Runnable call) {
    try {
      call.run();
      Console.detail("unexpected", "the call succeeded");
    } catch (RateLimitException e) {
      Console.detail("thrown", e.getClass().getSimpleName() + ": " + e.getMessage());
      Console.detail("status", e.statusCode());
      Console.detail("retryAfter()", e.retryAfter().map(d -> d.toSeconds() + " s").orElse("(none)"));
    }
  }
}

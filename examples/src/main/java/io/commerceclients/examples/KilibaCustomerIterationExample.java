package io.commerceclients.examples;

import io.commerceclients.core.pagination.Page;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every customer updated since a date, lazily, 1000 per request, and counts them by
 * segment; then shows page-by-page access. Uses the fake unless {@code KILIBA_API_KEY} is set.
 */
public final class KilibaCustomerIterationExample {

  private KilibaCustomerIterationExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (KilibaExampleSupport env = KilibaExampleSupport.open()) {
      ListCustomersRequest since = ListCustomersRequest.builder()
          .dateUpdate(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
          .build();

      Map<String, Integer> bySegment = new TreeMap<>();
      for (Customer customer : env.client.customers().listAll(since)) {
        bySegment.merge(customer.customerSegmentV2().orElse("(none)"), 1, Integer::sum);
      }
      System.out.println("Customers updated since 2024-01-01, by segment: " + bySegment);

      int pages = 0;
      for (Page<Customer> page : env.client.customers().listAll(since).byPage()) {
        pages++;
        System.out.println("  page " + page.position() + ": " + page.items().size() + " customers (total "
            + page.totalItems().orElse(-1) + ")");
      }
      System.out.println("Read " + pages + " page(s)");
    }
  }
}

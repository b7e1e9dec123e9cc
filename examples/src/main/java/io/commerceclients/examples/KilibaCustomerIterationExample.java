package io.commerceclients.examples;

import io.commerceclients.core.pagination.Page;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.examples.support.Console;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Iterates every subscribed customer updated since a date, lazily, 1000 per request; then reads
 * the same listing page by page and takes only the first few items of it. Uses the fake unless
 * {@code KILIBA_API_KEY} is set.
 */
public final class KilibaCustomerIterationExample {

  /** The filter's date: the fake's generated customers are updated one a minute from 2024-01-01. */
  static final OffsetDateTime SINCE = OffsetDateTime.parse("2024-01-02T00:00:00Z");

  private KilibaCustomerIterationExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (KilibaExampleSupport env = KilibaExampleSupport.open()) {
      ListCustomersRequest filter = ListCustomersRequest.builder()
          .dateUpdate(SINCE)
          .addStatuses(CustomerStatus.SUBSCRIBED)
          .build();
      PagedIterable<Customer> customers = env.client.customers().listAll(filter);

      Console.step("Iterating every subscribed customer updated since " + SINCE);
      long count = 0;
      long withEmail = 0;
      Customer last = null;
      for (Customer customer : customers) {
        count++;
        withEmail += customer.email().isPresent() ? 1 : 0;
        last = customer;
      }
      Console.detail("customers", count + " (" + withEmail + " with an email)");
      if (last != null) {
        Console.detail("last one", last.idCustomer() + " " + last.email().orElse("(no email)") + ", updated "
            + last.dateUpdate().map(Object::toString).orElse("?"));
      }

      Console.step("Reading the same listing page by page");
      int pages = 0;
      for (Page<Customer> page : customers.byPage()) {
        pages++;
        Console.detail("page " + page.position(), page.items().size() + " customers (total "
            + (page.totalItems().isPresent() ? String.valueOf(page.totalItems().getAsLong()) : "?") + ")");
      }
      Console.detail("pages", pages);

      Console.step("Taking only the first 3 (one request)");
      List<String> first = customers.stream().limit(3).map(c -> c.idCustomer() + " " + c.email().orElse("?"))
          .collect(Collectors.toList());
      first.forEach(Console::note);
    }
  }
}

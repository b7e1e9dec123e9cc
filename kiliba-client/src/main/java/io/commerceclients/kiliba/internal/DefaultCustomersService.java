package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kiliba.customers.CustomersService;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerEmails;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class DefaultCustomersService implements CustomersService {

  private final ApiTransport transport;
  private final KilibaApi api;

  DefaultCustomersService(ApiTransport transport, KilibaApi api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public CustomerPage list(ListCustomersRequest request) {
    validate(request);
    return transport.execute(api.listCustomers(
        request.limit().orElse(null),
        request.page().orElse(null),
        utc(request.dateUpdate()),
        utc(request.blacklistDate()),
        utc(request.whitelistDate()),
        nullIfEmpty(request.blacklistReasons()),
        nullIfEmpty(request.whitelistReasons()),
        nullIfEmpty(request.statuses().stream().map(CustomerStatus::value).collect(Collectors.toList()))));
  }

  @Override
  public PagedIterable<Customer> listAll(ListCustomersRequest request) {
    validate(request);
    int limit = request.limit().orElse(ListCustomersRequest.DEFAULT_LIMIT);
    int firstPage = request.page().orElse(1);
    long skipped = (firstPage - 1L) * limit;
    return PagedIterable.byPageNumber(firstPage, limit, (page, size) -> {
      CustomerPage answer = list(ListCustomersRequest.builder().from(request).page((int) page).limit(size).build());
      // The listing counts what it served from firstPage on, so the customers of skipped pages are left out of total.
      return answer.total().isPresent()
          ? PageResult.of(answer.customers(), Math.max(0, answer.total().get() - skipped))
          : PageResult.of(answer.customers());
    });
  }

  @Override
  public ProcessedEmails blacklist(Collection<String> emails) {
    return transport.execute(api.blacklistCustomers(body(emails)));
  }

  @Override
  public ProcessedEmails whitelist(Collection<String> emails) {
    return transport.execute(api.whitelistCustomers(body(emails)));
  }

  private static CustomerEmails body(Collection<String> emails) {
    Check.notEmpty(emails, "customer_emails");
    List<String> list = new ArrayList<>(emails);
    for (int i = 0; i < list.size(); i++) {
      String field = Check.item("customer_emails", i, "");
      Check.notBlank(list.get(i), field);
      Check.email(list.get(i), field);
    }
    return CustomerEmails.of(list);
  }

  private static void validate(ListCustomersRequest request) {
    Check.required(request, "request");
    request.limit().ifPresent(l -> Check.inRange(l, 1, ListCustomersRequest.MAX_LIMIT, "limit"));
    request.page().ifPresent(p -> Check.inRange(p, 1, Integer.MAX_VALUE, "page"));
  }

  private static String utc(Optional<OffsetDateTime> date) {
    return date.map(d -> d.toInstant().toString()).orElse(null);
  }

  private static <T> List<T> nullIfEmpty(List<T> values) {
    return values.isEmpty() ? null : values;
  }
}

package io.commerceclients.kiliba.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PageResult;
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
import retrofit2.Call;

/**
 * The customer operations, written once for the blocking and the asynchronous service: each method
 * checks its arguments ({@code ValidationException} before anything is sent) and returns the call,
 * which the service then runs blocking or asynchronously.
 */
final class CustomerCalls {

  private final KilibaApi api;

  CustomerCalls(KilibaApi api) {
    this.api = api;
  }

  Call<CustomerPage> list(ListCustomersRequest request) {
    validate(request);
    return api.listCustomers(
        request.limit().orElse(null),
        request.page().orElse(null),
        utc(request.dateUpdate()),
        utc(request.blacklistDate()),
        utc(request.whitelistDate()),
        nullIfEmpty(request.blacklistReasons()),
        nullIfEmpty(request.whitelistReasons()),
        statusValues(request.statuses()));
  }

  Call<ProcessedEmails> blacklist(Collection<String> emails) {
    return api.blacklistCustomers(body(emails));
  }

  Call<ProcessedEmails> whitelist(Collection<String> emails) {
    return api.whitelistCustomers(body(emails));
  }

  /** Checks a listing's request and returns how to read its pages. */
  Listing listing(ListCustomersRequest request) {
    validate(request);
    return new Listing(request);
  }

  /**
   * One {@code listAll}: pages of {@code limit} from {@code firstPage} on. Kiliba's total counts the
   * whole listing, as the paging rules do, so a listing started past page 1 still reads to its end.
   */
  final class Listing {
    private final ListCustomersRequest request;
    private final int firstPage;
    private final int limit;

    private Listing(ListCustomersRequest request) {
      this.request = request;
      this.limit = request.limit().orElse(ListCustomersRequest.DEFAULT_LIMIT);
      this.firstPage = request.page().orElse(1);
    }

    int firstPage() {
      return firstPage;
    }

    int limit() {
      return limit;
    }

    /**
     * Returns the call for page {@code page}.
     *
     * @throws ProtocolException if the listing went on past the largest page number Kiliba takes
     */
    Call<CustomerPage> page(long page, int size) {
      if (page > Integer.MAX_VALUE) {
        throw new ProtocolException("Kiliba's answers to GET /client/v1/customers/paginated go on past page "
            + Integer.MAX_VALUE + ", the largest the client can ask for");
      }
      return list(ListCustomersRequest.builder().from(request).page((int) page).limit(size).build());
    }

    /**
     * Reads one page's answer.
     *
     * @throws ProtocolException naming the operation and {@code total} if the total is negative
     */
    PageResult<Customer> result(ApiTransport transport, Call<CustomerPage> call, CustomerPage answer) {
      if (answer.total().isEmpty()) {
        return PageResult.of(answer.customers());
      }
      long total = answer.total().get();
      if (total < 0) {
        throw transport.contractBreach(call.request(), "the answer's total is " + total
            + ", a count of customers cannot be negative (field total)");
      }
      return PageResult.of(answer.customers(), total);
    }
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

  private static List<String> statusValues(List<CustomerStatus> statuses) {
    if (statuses.isEmpty()) {
      return null;
    }
    List<String> values = new ArrayList<>(statuses.size());
    for (CustomerStatus status : statuses) {
      values.add(status.value());
    }
    return values;
  }

  private static <T> List<T> nullIfEmpty(List<T> values) {
    return values.isEmpty() ? null : values;
  }
}

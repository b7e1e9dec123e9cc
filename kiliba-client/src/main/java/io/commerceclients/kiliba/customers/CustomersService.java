package io.commerceclients.kiliba.customers;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import java.util.Collection;

/** Kiliba's customers. */
public interface CustomersService {

  /**
   * Returns one page of the customers matching the request's filters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code limit} is not 1..10000
   *     or {@code page} is below 1 (nothing is sent)
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  CustomerPage list(ListCustomersRequest request);

  /**
   * Returns every customer matching the request's filters, fetching pages of {@code limit}
   * (default 1000) lazily from {@code page} (default 1) while iterating, and stopping once Kiliba's
   * {@code total} was served. Each iteration starts again from the first page.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code limit} or {@code page}
   *     is out of range
   */
  PagedIterable<Customer> listAll(ListCustomersRequest request);

  /**
   * Blacklists the customers with these emails (reason {@code apiclientv1}); customers with a
   * blacklist reason owned by Kiliba are left alone and not counted.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the list is empty or an
   *     entry is not an email address (nothing is sent)
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  ProcessedEmails blacklist(Collection<String> emails);

  /**
   * Whitelists the customers with these emails (reason {@code apiclientv1}); customers with a
   * blacklist reason owned by Kiliba cannot be whitelisted and are not counted.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the list is empty or an
   *     entry is not an email address (nothing is sent)
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  ProcessedEmails whitelist(Collection<String> emails);
}

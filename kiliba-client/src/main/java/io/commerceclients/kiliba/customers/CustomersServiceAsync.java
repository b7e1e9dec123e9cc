package io.commerceclients.kiliba.customers;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * Kiliba's customers without blocking a thread: the twin of {@link CustomersService}, with the same
 * validation, requests and exceptions. No method throws: an invalid argument gives a future failed
 * with the {@code ValidationException} the blocking service throws, and nothing is sent. Cancelling
 * a returned future cancels its request.
 */
public interface CustomersServiceAsync {

  /**
   * Fetches one page of the customers matching the request's filters; see {@link
   * CustomersService#list}. The future fails with a {@code ValidationException} if {@code limit} is
   * not 1..10000 or {@code page} is below 1, or with an {@code ApiException} if the request fails.
   */
  CompletableFuture<CustomerPage> list(ListCustomersRequest request);

  /**
   * Returns every customer matching the request's filters, read page by page without blocking
   * ({@code forEach}, {@code collect}, a {@code Flow.Publisher}), with the stop rules of {@link
   * CustomersService#listAll}. An invalid request makes every iteration fail with the {@code
   * ValidationException}, before any request.
   */
  AsyncPagedIterable<Customer> listAll(ListCustomersRequest request);

  /**
   * Blacklists the customers with these emails; see {@link CustomersService#blacklist}. The future
   * fails with a {@code ValidationException} if the list is empty or holds something other than an
   * email address, or with an {@code ApiException} if the request fails.
   */
  CompletableFuture<ProcessedEmails> blacklist(Collection<String> emails);

  /**
   * Whitelists the customers with these emails; see {@link CustomersService#whitelist}. The future
   * fails with a {@code ValidationException} if the list is empty or holds something other than an
   * email address, or with an {@code ApiException} if the request fails.
   */
  CompletableFuture<ProcessedEmails> whitelist(Collection<String> emails);
}

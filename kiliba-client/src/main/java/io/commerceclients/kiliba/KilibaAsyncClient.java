package io.commerceclients.kiliba;

import io.commerceclients.kiliba.customers.CustomersServiceAsync;
import io.commerceclients.kiliba.emails.TransactionalEmailsServiceAsync;
import io.commerceclients.kiliba.imports.ImportsServiceAsync;
import io.commerceclients.kiliba.stores.PhysicalStoresServiceAsync;

/**
 * The asynchronous twin of a {@link KilibaClient}, from {@link KilibaClient#async()}: every
 * operation returns a {@code CompletableFuture} (an {@code AsyncPagedIterable} for listings) and
 * blocks no thread while it waits on the network, a retry or a poll. It shares the client's
 * connections, threads and per-call options; closing the client closes it.
 *
 * <p>Futures complete with the value or the same typed exception the blocking call throws, on the
 * SDK's completion threads ({@code commerce-clients-async}), never on OkHttp's threads, so a
 * continuation that blocks holds up no other future; no method throws. Cancelling a returned future
 * cancels the request in flight or the retry waiting, and no later step of a workflow starts; a
 * request already received by Kiliba may have been applied. Cancelling a future derived from it
 * ({@code thenApply}…) does not reach the SDK, and {@code orTimeout} leaves the request running:
 * use {@code withOptions(o -> o.timeout(..))}.
 */
public interface KilibaAsyncClient {

  /** Customers: list them page by page or all at once, blacklist and whitelist them. */
  CustomersServiceAsync customers();

  /** Bulk imports of product categories, products, customer groups, customers, orders, carts and visits. */
  ImportsServiceAsync imports();

  /** Physical-store file uploads: session, file transfer, completion and parsing status. */
  PhysicalStoresServiceAsync physicalStores();

  /** Transactional emails. */
  TransactionalEmailsServiceAsync transactionalEmails();
}

package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Lazy;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.kiliba.KilibaAsyncClient;
import io.commerceclients.kiliba.customers.CustomersServiceAsync;
import io.commerceclients.kiliba.emails.TransactionalEmailsServiceAsync;
import io.commerceclients.kiliba.imports.ImportsServiceAsync;
import io.commerceclients.kiliba.stores.PhysicalStoresServiceAsync;

/** The asynchronous twin of a {@link DefaultKilibaClient}: the same transport and operations, run asynchronously. */
final class DefaultKilibaAsyncClient implements KilibaAsyncClient {

  private final ApiTransport transport;
  private final CustomersServiceAsync customers;
  private final Lazy<ImportsServiceAsync> imports;
  private final PhysicalStoresServiceAsync physicalStores;
  private final TransactionalEmailsServiceAsync transactionalEmails;

  DefaultKilibaAsyncClient(ApiTransport transport, KilibaOperations operations) {
    this.transport = transport;
    this.customers = new DefaultCustomersServiceAsync(transport, operations.customers);
    this.imports = Lazy.of(() -> new DefaultImportsServiceAsync(transport, operations.imports()));
    this.physicalStores = new DefaultPhysicalStoresServiceAsync(transport, operations.uploads);
    this.transactionalEmails = new DefaultTransactionalEmailsServiceAsync(transport, operations.emails);
  }

  @Override
  public CustomersServiceAsync customers() {
    return customers;
  }

  @Override
  public ImportsServiceAsync imports() {
    return imports.get();
  }

  @Override
  public PhysicalStoresServiceAsync physicalStores() {
    return physicalStores;
  }

  @Override
  public TransactionalEmailsServiceAsync transactionalEmails() {
    return transactionalEmails;
  }

  @Override
  public String toString() {
    return "KilibaAsyncClient{baseUrl=" + Redactor.defaults().url(transport.baseUrl()) + "}";
  }
}

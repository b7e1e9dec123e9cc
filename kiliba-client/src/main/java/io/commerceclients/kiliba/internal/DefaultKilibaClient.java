package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.customers.CustomersService;
import io.commerceclients.kiliba.emails.TransactionalEmailsService;
import io.commerceclients.kiliba.imports.ImportsService;
import io.commerceclients.kiliba.stores.PhysicalStoresService;

/** The {@link KilibaClient} built by its builder: one transport shared by every service. */
public final class DefaultKilibaClient implements KilibaClient {

  private final ApiTransport transport;
  private final CustomersService customers;
  private final ImportsService imports;
  private final PhysicalStoresService physicalStores;
  private final TransactionalEmailsService transactionalEmails;

  /** Creates the client on a transport it owns. */
  public DefaultKilibaClient(ApiTransport transport) {
    this.transport = transport;
    KilibaApi api = transport.create(KilibaApi.class);
    this.customers = new DefaultCustomersService(transport, api);
    this.imports = new DefaultImportsService(transport, api);
    this.physicalStores = new DefaultPhysicalStoresService(transport, api);
    this.transactionalEmails = new DefaultTransactionalEmailsService(transport, api);
  }

  @Override
  public CustomersService customers() {
    return customers;
  }

  @Override
  public ImportsService imports() {
    return imports;
  }

  @Override
  public PhysicalStoresService physicalStores() {
    return physicalStores;
  }

  @Override
  public TransactionalEmailsService transactionalEmails() {
    return transactionalEmails;
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "KilibaClient{baseUrl=" + Redactor.defaults().url(transport.baseUrl()) + "}";
  }
}

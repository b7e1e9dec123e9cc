package io.commerceclients.kiliba.internal;

import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Lazy;
import io.commerceclients.core.internal.http.RawCapture;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kiliba.KilibaAsyncClient;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.customers.CustomersService;
import io.commerceclients.kiliba.emails.TransactionalEmailsService;
import io.commerceclients.kiliba.imports.ImportsService;
import io.commerceclients.kiliba.stores.PhysicalStoresService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link KilibaClient} built by its builder, or a view of it with other per-call options: one
 * transport (a view shares the original's connections and threads) and one set of operations on
 * the same Retrofit proxy, shared by every service and by the asynchronous twin.
 */
public final class DefaultKilibaClient implements KilibaClient {

  private final ApiTransport transport;
  private final KilibaOperations operations;
  private final CustomersService customers;
  private final Lazy<ImportsService> imports;
  private final Lazy<PhysicalStoresService> physicalStores;
  private final Lazy<TransactionalEmailsService> transactionalEmails;
  private final Lazy<KilibaAsyncClient> async;

  /** Creates the client on a transport it owns. */
  public DefaultKilibaClient(ApiTransport transport) {
    this(transport, new KilibaOperations(transport.create(KilibaApi.class)));
  }

  private DefaultKilibaClient(ApiTransport transport, KilibaOperations operations) {
    this.transport = transport;
    this.operations = operations;
    this.customers = new DefaultCustomersService(transport, operations.customers);
    this.imports = Lazy.of(() -> new DefaultImportsService(transport, operations.imports()));
    this.physicalStores = Lazy.of(() -> new DefaultPhysicalStoresService(transport, operations.uploads));
    this.transactionalEmails = Lazy.of(() -> new DefaultTransactionalEmailsService(transport, operations.emails));
    this.async = Lazy.of(() -> new DefaultKilibaAsyncClient(transport, operations));
  }

  @Override
  public CustomersService customers() {
    return customers;
  }

  @Override
  public ImportsService imports() {
    return imports.get();
  }

  @Override
  public PhysicalStoresService physicalStores() {
    return physicalStores.get();
  }

  @Override
  public TransactionalEmailsService transactionalEmails() {
    return transactionalEmails.get();
  }

  @Override
  public KilibaClient withOptions(Consumer<RequestOptions.Builder> options) {
    Check.required(options, "options");
    RequestOptions.Builder builder = RequestOptions.builder();
    options.accept(builder);
    return withOptions(builder.build());
  }

  @Override
  public KilibaClient withOptions(RequestOptions options) {
    return new DefaultKilibaClient(transport.withOptions(options), operations);
  }

  @Override
  public <T> RawResponse<T> withRawResponse(Function<KilibaClient, T> call) {
    Check.required(call, "call");
    return RawCapture.capture(() -> call.apply(this));
  }

  @Override
  public KilibaAsyncClient async() {
    return async.get();
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    RequestOptions options = transport.requestOptions();
    return "KilibaClient{baseUrl=" + Redactor.defaults().url(transport.baseUrl())
        + (options.isEmpty() ? "" : ", options=" + options) + "}";
  }
}

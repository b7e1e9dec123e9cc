package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.imports.BulkImportAsync;
import io.commerceclients.kiliba.imports.ImportFuture;
import io.commerceclients.kiliba.imports.ImportOptions;
import java.util.Iterator;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

/** The asynchronous bulk import of one resource: the endpoint's checks, then an {@link AsyncBulkImporter} run. */
final class DefaultBulkImportAsync<T> implements BulkImportAsync<T> {

  private final ImportEndpoint<T> endpoint;
  private final ApiTransport transport;

  DefaultBulkImportAsync(ImportEndpoint<T> endpoint, ApiTransport transport) {
    this.endpoint = endpoint;
    this.transport = transport;
  }

  @Override
  public ImportFuture<T> send(Iterable<? extends T> items) {
    return send(items, ImportOptions.defaults());
  }

  @Override
  public ImportFuture<T> send(Iterable<? extends T> items, ImportOptions options) {
    ObjLongConsumer<T> check;
    Iterator<? extends T> iterator;
    try {
      check = endpoint.checkBeforeSending(items, options);
      iterator = items.iterator();
    } catch (RuntimeException | Error invalid) {
      return AsyncBulkImporter.failed(invalid);
    }
    return start(iterator, options, check, () -> { });
  }

  @Override
  public ImportFuture<T> send(Stream<? extends T> items) {
    return send(items, ImportOptions.defaults());
  }

  @Override
  public ImportFuture<T> send(Stream<? extends T> items, ImportOptions options) {
    ObjLongConsumer<T> check;
    Iterator<? extends T> iterator;
    try {
      check = endpoint.checkBeforeSending(items, options);
      iterator = items.iterator();
    } catch (RuntimeException | Error refused) {
      try {
        items.close();
      } catch (RuntimeException closeFailure) {
        refused.addSuppressed(closeFailure);
      }
      return AsyncBulkImporter.failed(refused);
    }
    return start(iterator, options, check, items::close);
  }

  private ImportFuture<T> start(Iterator<? extends T> items, ImportOptions options, ObjLongConsumer<T> check,
      Runnable closeSource) {
    ImportObservation observation = new ImportObservation(transport.options().observer(), endpoint.resource());
    AsyncBulkImporter<T> importer = new AsyncBulkImporter<>(endpoint.resource(), endpoint.operation(),
        observation.observe(options), (batch, attempts) -> transport.executeAsync(endpoint.call(batch.buffer(), batch.bytes(), attempts)),
        observation, transport::isClosed);
    return importer.start(items, ImportEndpoint.WRITER, check, endpoint.tooLarge(), closeSource);
  }
}

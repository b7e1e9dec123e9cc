package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.imports.BulkImport;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import java.util.Iterator;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

/** The bulk import of one resource: the endpoint's checks, then a {@link BulkImporter} run. */
final class DefaultBulkImport<T> implements BulkImport<T> {

  private final ImportEndpoint<T> endpoint;
  private final ApiTransport transport;

  DefaultBulkImport(ImportEndpoint<T> endpoint, ApiTransport transport) {
    this.endpoint = endpoint;
    this.transport = transport;
  }

  @Override
  public ImportReport<T> send(Iterable<? extends T> items) {
    return send(items, ImportOptions.defaults());
  }

  @Override
  public ImportReport<T> send(Iterable<? extends T> items, ImportOptions options) {
    ObjLongConsumer<T> check = endpoint.checkBeforeSending(items, options);
    return run(items.iterator(), options, check);
  }

  @Override
  public ImportReport<T> send(Stream<? extends T> items) {
    return send(items, ImportOptions.defaults());
  }

  @Override
  public ImportReport<T> send(Stream<? extends T> items, ImportOptions options) {
    ImportReport<T> report;
    try {
      ObjLongConsumer<T> check = endpoint.checkBeforeSending(items, options);
      report = run(items.iterator(), options, check);
    } catch (Throwable failure) {
      closeAfter(items, failure);
      throw failure;
    }
    try {
      items.close();
    } catch (RuntimeException closeFailure) {
      throw new BulkImportAbortedException("The import of " + endpoint.resource() + " ended, but closing its Stream threw "
          + closeFailure + "; the report is complete", closeFailure, report);
    }
    return report;
  }

  private static void closeAfter(Stream<?> items, Throwable failure) {
    if (items == null) {
      return;
    }
    try {
      items.close();
    } catch (RuntimeException closeFailure) {
      failure.addSuppressed(closeFailure);
    }
  }

  private ImportReport<T> run(Iterator<? extends T> items, ImportOptions options, ObjLongConsumer<T> check) {
    ImportObservation observation = new ImportObservation(transport.options().observer(), endpoint.resource());
    BulkImporter<T> importer = new BulkImporter<>(endpoint.resource(), endpoint.operation(),
        observation.observe(options),
        (buffer, bytes, attempts) -> transport.execute(endpoint.call(buffer, bytes, attempts)), transport::isClosed);
    try {
      ImportReport<T> report = importer.run(items, ImportEndpoint.WRITER, check, endpoint.tooLarge());
      observation.finished(report);
      return report;
    } catch (RuntimeException | Error e) {
      observation.aborted(e);
      throw e;
    }
  }
}

package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.json.Json;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.imports.BulkImport;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.imports.ImportResult;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.BiFunction;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Call;

/** The bulk import of one resource: options and input checks, then a {@link BulkImporter} run. */
final class DefaultBulkImport<T> implements BulkImport<T> {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ObjectWriter WRITER = Json.mapper().writer();

  private final String resource;
  private final String field;
  private final ApiTransport transport;
  private final BiFunction<RequestBody, AttemptCounter, Call<ImportResult>> endpoint;
  private final ObjLongConsumer<T> validator;
  private volatile String operation;

  /**
   * @param resource the endpoint's last path segment, for the report
   * @param field the name of the item list in validation messages, such as {@code products}
   */
  DefaultBulkImport(String resource, String field, ApiTransport transport,
      BiFunction<RequestBody, AttemptCounter, Call<ImportResult>> endpoint, ObjLongConsumer<T> validator) {
    this.resource = resource;
    this.field = field;
    this.transport = transport;
    this.endpoint = endpoint;
    this.validator = validator;
  }

  /**
   * The request, such as {@code POST /client/v1/import/products}, for messages: read from the
   * Retrofit method on the first import rather than when the client is built, which would parse
   * the seven import methods of every client, imported or not.
   */
  private String operation() {
    String known = operation;
    if (known == null) {
      Request request = endpoint.apply(RequestBody.create(new byte[0], JSON), new AttemptCounter()).request();
      known = request.method() + " " + request.url().encodedPath();
      operation = known;
    }
    return known;
  }

  @Override
  public ImportReport<T> send(Iterable<? extends T> items) {
    return send(items, ImportOptions.defaults());
  }

  @Override
  public ImportReport<T> send(Iterable<? extends T> items, ImportOptions options) {
    Check.required(items, field);
    validate(options);
    if (items instanceof Collection) {
      long index = 0;
      for (T item : items) {
        validator.accept(item, index++);
      }
      return run(items.iterator(), options, (item, index2) -> { });
    }
    return run(items.iterator(), options, validator);
  }

  @Override
  public ImportReport<T> send(Stream<? extends T> items) {
    return send(items, ImportOptions.defaults());
  }

  @Override
  public ImportReport<T> send(Stream<? extends T> items, ImportOptions options) {
    Check.required(items, field);
    validate(options);
    ImportReport<T> report;
    try {
      report = run(items.iterator(), options, validator);
    } catch (Throwable failure) {
      closeAfter(items, failure);
      throw failure;
    }
    try {
      items.close();
    } catch (RuntimeException closeFailure) {
      throw new BulkImportAbortedException("The import of " + resource + " ended, but closing its Stream threw "
          + closeFailure + "; the report is complete", closeFailure, report);
    }
    return report;
  }

  private static void closeAfter(Stream<?> items, Throwable failure) {
    try {
      items.close();
    } catch (RuntimeException closeFailure) {
      failure.addSuppressed(closeFailure);
    }
  }

  private ImportReport<T> run(Iterator<? extends T> items, ImportOptions options, ObjLongConsumer<T> check) {
    BulkImporter<T> importer = new BulkImporter<>(resource, operation(), options,
        (buffer, bytes, attempts) -> transport.execute(endpoint.apply(RequestBody.create(buffer, JSON, 0, bytes), attempts)));
    return importer.run(items, WRITER, check, (index, bytes, max) -> new ValidationException(
        field + "[" + index + "]", "is " + bytes + " bytes as JSON; one request carries at most " + max + " bytes"));
  }

  private static void validate(ImportOptions options) {
    Check.required(options, "options");
    Check.inRange(options.concurrency(), 1, ImportOptions.MAX_CONCURRENCY, "options.concurrency");
    Check.inRange(options.maxItemsPerBatch(), 1, ImportOptions.MAX_ITEMS_PER_BATCH, "options.maxItemsPerBatch");
    Check.inRange(options.maxBatchBytes(), 2, ImportOptions.MAX_BATCH_BYTES, "options.maxBatchBytes");
  }
}

package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.json.Json;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.model.imports.ImportResult;
import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Call;

/**
 * One import endpoint, written once for the blocking and the asynchronous bulk import: its names,
 * the call of one batch, the check of each item, and the checks made before any request.
 *
 * @param <T> the record type
 */
final class ImportEndpoint<T> {

  /** The writer that serialises each item once. */
  static final ObjectWriter WRITER = Json.mapper().writer();

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final String resource;
  private final String field;
  private final BiFunction<RequestBody, AttemptCounter, Call<ImportResult>> call;
  private final ObjLongConsumer<T> validator;
  private volatile String operation;

  /**
   * @param resource the endpoint's last path segment, for the report
   * @param field the name of the item list in validation messages, such as {@code products}
   */
  ImportEndpoint(String resource, String field, BiFunction<RequestBody, AttemptCounter, Call<ImportResult>> call,
      ObjLongConsumer<T> validator) {
    this.resource = resource;
    this.field = field;
    this.call = call;
    this.validator = validator;
  }

  /** The endpoint's last path segment, such as {@code products}. */
  String resource() {
    return resource;
  }

  /**
   * The request, such as {@code POST /client/v1/import/products}, for messages: read from the
   * Retrofit method on the first import rather than when the client is built, which would parse
   * the seven import methods of every client, imported or not.
   */
  String operation() {
    String known = operation;
    if (known == null) {
      Request request = call.apply(RequestBody.create(new byte[0], JSON), new AttemptCounter()).request();
      known = request.method() + " " + request.url().encodedPath();
      operation = known;
    }
    return known;
  }

  /** The call that sends one batch whose JSON array is the first {@code bytes} bytes of {@code buffer}. */
  Call<ImportResult> call(byte[] buffer, int bytes, AttemptCounter attempts) {
    return call.apply(RequestBody.create(buffer, JSON, 0, bytes), attempts);
  }

  /**
   * Checks the input and the options before anything is sent, and returns the check to run on each
   * item as it is read: a {@link Collection} is checked whole here (so bad input sends nothing), any
   * other input item by item.
   *
   * @throws ValidationException if the input is null, the options are out of range, or an item of
   *     a collection breaks a documented limit
   */
  ObjLongConsumer<T> checkBeforeSending(Iterable<? extends T> items, ImportOptions options) {
    Check.required(items, field);
    checkOptions(options);
    if (items instanceof Collection) {
      long index = 0;
      for (T item : items) {
        validator.accept(item, index++);
      }
      return (item, index2) -> { };
    }
    return validator;
  }

  /**
   * Checks the input stream and the options before anything is sent; returns the check to run on
   * each item as it is read.
   *
   * @throws ValidationException if the stream is null or the options are out of range
   */
  ObjLongConsumer<T> checkBeforeSending(Stream<? extends T> items, ImportOptions options) {
    Check.required(items, field);
    checkOptions(options);
    return validator;
  }

  /** The exception for an item whose JSON alone is larger than a request may be. */
  JsonBatcher.ItemTooLarge tooLarge() {
    return (index, bytes, max) -> new ValidationException(
        field + "[" + index + "]", "is " + bytes + " bytes as JSON; one request carries at most " + max + " bytes");
  }

  private static void checkOptions(ImportOptions options) {
    Check.required(options, "options");
    Check.inRange(options.concurrency(), 1, ImportOptions.MAX_CONCURRENCY, "options.concurrency");
    Check.inRange(options.maxItemsPerBatch(), 1, ImportOptions.MAX_ITEMS_PER_BATCH, "options.maxItemsPerBatch");
    Check.inRange(options.maxBatchBytes(), 2, ImportOptions.MAX_BATCH_BYTES, "options.maxBatchBytes");
  }
}

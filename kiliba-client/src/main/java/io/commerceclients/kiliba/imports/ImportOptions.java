package io.commerceclients.kiliba.imports;

import java.util.Optional;
import java.util.concurrent.Executor;
import org.immutables.value.Value;

/** How a bulk import cuts its input into requests and how many requests it keeps in flight. */
@Value.Immutable
public interface ImportOptions {

  /** The most items Kiliba accepts in one request. */
  int MAX_ITEMS_PER_BATCH = 1000;

  /**
   * The largest request body this client sends, in bytes: Kiliba documents 6 MB, read here as the
   * stricter 6,000,000 bytes.
   */
  int MAX_BATCH_BYTES = 6_000_000;

  /** The largest number of requests in flight. */
  int MAX_CONCURRENCY = 16;

  /** Returns a builder; with nothing set, one request at a time, 1000 items and 6 MB per request. */
  static ImmutableImportOptions.Builder builder() {
    return ImmutableImportOptions.builder();
  }

  /** Returns the defaults. */
  static ImportOptions defaults() {
    return builder().build();
  }

  /**
   * How many requests may be in flight at once, 1 to 16; defaults to 1: one request at a time, in
   * input order, while the calling thread builds the next batch.
   */
  @Value.Default
  default int concurrency() {
    return 1;
  }

  /** The most items per request, 1 to 1000; defaults to 1000. */
  @Value.Default
  default int maxItemsPerBatch() {
    return MAX_ITEMS_PER_BATCH;
  }

  /** The largest request body in bytes, up to 6,000,000; defaults to 6,000,000. */
  @Value.Default
  default int maxBatchBytes() {
    return MAX_BATCH_BYTES;
  }

  /** Sees each batch complete. */
  Optional<ImportProgressListener> progressListener();

  /**
   * Where an asynchronous import reads your items and builds its batches (your iterator may block,
   * on a database cursor for example); by default a daemon thread of the SDK's own
   * ({@code commerce-clients-blocking}), never a thread that completes futures. It must run
   * every task it accepts (one that silently discards tasks would leave the import unfinished); one
   * that refuses a task by throwing makes the import read on the thread that handed it over. The
   * blocking import reads on the calling thread and ignores it.
   */
  Optional<Executor> readExecutor();
}

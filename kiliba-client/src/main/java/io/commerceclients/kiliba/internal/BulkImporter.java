package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.ImmutableBatchResult;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.ImportStoppedException.Reason;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import io.commerceclients.kiliba.model.imports.ImportResult;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Runs one bulk import: reads the input lazily on the calling thread, cuts it into batches, sends
 * them from worker threads with at most {@code concurrency} requests in flight (holding only those
 * batches and the one being built), and accounts for every item in an {@link ImportLedger}. The
 * calling thread builds the next batch while the workers send, so even with one request in flight
 * the batches are pipelined; with one, a single worker sends them in input order, so Kiliba
 * applies them in that order.
 *
 * <p>Whatever is thrown, and wherever, ends in the ledger: a failed send as the batch's error, an
 * invalid item or a failing source as the reason the reading stopped, an interrupt as a halt, and
 * an {@link Error} (or an unexpected failure of this code) as an abort. After an abort no new batch
 * is sent, the batches in flight are awaited, and {@link #run} throws {@link
 * BulkImportAbortedException} with the report.
 */
final class BulkImporter<T> {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String resource;
  private final String operation;
  private final ImportOptions options;
  private final Sender send;
  private final BooleanSupplier clientClosed;
  private final ImportLedger<T> ledger;

  /**
   * @param resource the endpoint's last path segment, for the report
   * @param operation the request, for example {@code POST /client/v1/import/products}, for messages
   * @param send sends one JSON array and returns the decoded answer (null for an empty one)
   * @param clientClosed true once the client is closed, when the import reads no more
   */
  BulkImporter(String resource, String operation, ImportOptions options, Sender send, BooleanSupplier clientClosed) {
    this.resource = resource;
    this.operation = operation;
    this.options = options;
    this.send = send;
    this.clientClosed = clientClosed;
    this.ledger = new ImportLedger<>(resource, options.progressListener());
  }

  /** Sends one request whose body is the first {@code bytes} bytes of {@code buffer}. */
  @FunctionalInterface
  interface Sender {
    ImportResult send(byte[] buffer, int bytes, AttemptCounter attempts);
  }

  /**
   * Imports every item and returns the report.
   *
   * @throws BulkImportAbortedException if an {@link Error} stopped the import; it carries the report
   */
  ImportReport<T> run(
      Iterator<? extends T> items,
      ObjectWriter writer,
      ObjLongConsumer<T> validator,
      JsonBatcher.ItemTooLarge tooLarge) {
    JsonBatcher<T> batcher =
        new JsonBatcher<>(items, writer, options.maxItemsPerBatch(), options.maxBatchBytes(), validator, tooLarge);
    try {
      sendConcurrently(batcher);
    } catch (Throwable unexpected) {
      ledger.stop(Reason.ABORTED, "The import of " + resource + " was aborted: " + unexpected, unexpected);
    } finally {
      ledger.unsent(batcher.unsentFirstIndex(), batcher.unsentItems());
    }
    ImportReport<T> report = ledger.report();
    if (ledger.abortedBy().isPresent()) {
      ImportStoppedException abort = ledger.abortedBy().get();
      throw new BulkImportAbortedException(abort.getMessage() + ". The report accounts for every item read: "
          + report.itemsSucceeded() + " succeeded, " + report.itemsFailed() + " failed, "
          + report.unsentItems().size() + " unsent", abort.getCause(), report);
    }
    return report;
  }

  /** Reads batch after batch and hands each to {@code dispatch}, until the input ends or the ledger stops. */
  private void readAndSend(JsonBatcher<T> batcher, Consumer<JsonBatch<T>> dispatch) {
    while (!ledger.stopped()) {
      if (Thread.currentThread().isInterrupted()) {
        ledger.stop(Reason.INTERRUPTED, "The import of " + resource + " was interrupted after "
            + batcher.itemsRead() + " items were read", null);
        return;
      }
      if (clientClosed.getAsBoolean()) {
        ledger.stop(Reason.CLIENT_CLOSED, "The import of " + resource + " stopped: the client was closed after "
            + batcher.itemsRead() + " items were read", null);
        return;
      }
      JsonBatch<T> batch;
      try {
        if (!batcher.hasNext()) {
          return;
        }
        batch = batcher.next();
      } catch (ImportStoppedException sourceFailure) {
        ledger.stop(sourceFailure.reason(), "The import of " + resource + " stopped: " + sourceFailure.getMessage(),
            sourceFailure.getCause());
        return;
      } catch (RuntimeException invalid) {
        ledger.stop(invalid);
        return;
      } catch (Error error) {
        ledger.stop(Reason.ABORTED, "The import of " + resource + " was aborted: " + error
            + " while batching the input (items from index " + batcher.unsentFirstIndex() + " on)", error);
        return;
      }
      ledger.open(batch);
      dispatch.accept(batch);
    }
  }

  private void sendConcurrently(JsonBatcher<T> batcher) {
    int concurrency = options.concurrency();
    Semaphore inFlight = new Semaphore(concurrency);
    ThreadFactory threads = runnable -> {
      Thread t = new Thread(runnable, "kiliba-import-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService executor = Executors.newFixedThreadPool(concurrency, threads);
    try {
      readAndSend(batcher, batch -> {
        try {
          inFlight.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          interrupted(batch, e);
          return;
        }
        try {
          executor.execute(() -> {
            try {
              sendAndRecord(batch);
            } finally {
              inFlight.release();
            }
          });
        } catch (Throwable notStarted) {
          inFlight.release();
          ledger.unsent(batch);
          ledger.stop(Reason.ABORTED, "The import of " + resource + " was aborted: batch " + batch.number()
              + " could not be started: " + notStarted, notStarted);
        }
      });
    } finally {
      executor.shutdown();
      awaitUninterruptibly(executor);
    }
  }

  private void interrupted(JsonBatch<T> batch, InterruptedException e) {
    ledger.unsent(batch);
    ledger.stop(Reason.INTERRUPTED, "The import of " + resource + " was interrupted before batch " + batch.number()
        + " was sent", e);
  }

  /** Sends one batch and records its outcome; never throws. */
  private void sendAndRecord(JsonBatch<T> batch) {
    if (ledger.halted()) {
      ledger.unsent(batch);
      return;
    }
    AttemptCounter attempts = new AttemptCounter();
    try {
      ledger.record(batch, send(batch, attempts));
    } catch (Throwable error) {
      ledger.failed(batch, attempts.attempts(), error);
    }
  }

  /** Sends one batch; a {@link RuntimeException} from the request or its answer becomes the batch's error. */
  private BatchResult send(JsonBatch<T> batch, AttemptCounter attempts) {
    ImmutableBatchResult.Builder result = BatchResult.builder()
        .number(batch.number())
        .firstItemIndex(batch.firstItemIndex())
        .itemCount(batch.items().size())
        .bytes(batch.bytes());
    try {
      ImportResult answer = send.send(batch.buffer(), batch.bytes(), attempts);
      ImportAnswers.read(operation, batch.number(), batch.items().size(), answer, result);
    } catch (RuntimeException e) {
      result.error(e);
    }
    return result.attempts(attempts.attempts()).build();
  }

  private static void awaitUninterruptibly(ExecutorService executor) {
    boolean interrupted = false;
    while (true) {
      try {
        if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.core.retry.AttemptCounter;
import io.commerceclients.kiliba.imports.ImmutableBatchResult;
import io.commerceclients.kiliba.imports.ImmutableImportReport;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.imports.ImportResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one bulk import: reads the input lazily, cuts it into batches, sends them with at most
 * {@code concurrency} requests in flight (holding only those batches and the one being built), and
 * records every batch's outcome.
 */
final class BulkImporter<T> {

  private static final Logger LOG = LoggerFactory.getLogger(BulkImporter.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String resource;
  private final ImportOptions options;
  private final BiFunction<byte[], AttemptCounter, ImportResult> send;

  private final Object lock = new Object();
  private final List<BatchResult> batches = new ArrayList<>();
  private final List<FailedBatch<T>> failed = new ArrayList<>();
  private long itemsDone;

  BulkImporter(String resource, ImportOptions options, BiFunction<byte[], AttemptCounter, ImportResult> send) {
    this.resource = resource;
    this.options = options;
    this.send = send;
  }

  /**
   * Imports every item; an exception from {@code validator} stops the reading, waits for the
   * requests in flight, and is recorded in the report as {@code stoppedBy} with the unsent items.
   */
  ImportReport<T> run(
      Iterator<? extends T> items,
      ObjectWriter writer,
      ObjLongConsumer<T> validator,
      JsonBatcher.ItemTooLarge tooLarge) {
    JsonBatcher<T> batcher =
        new JsonBatcher<>(items, writer, options.maxItemsPerBatch(), options.maxBatchBytes(), validator, tooLarge);
    StopState<T> stop = new StopState<>();
    if (options.concurrency() == 1) {
      runSequentially(batcher, stop);
    } else {
      runConcurrently(batcher, stop);
    }
    synchronized (lock) {
      batches.sort(Comparator.comparingInt(BatchResult::number));
      failed.sort(Comparator.comparingInt(f -> f.result().number()));
      ImmutableImportReport.Builder<T> report = ImportReport.<T>builder()
          .resource(resource)
          .batches(batches)
          .failedBatches(failed)
          .unsentItems(stop.unsent);
      if (stop.cause != null) {
        report.stoppedBy(stop.cause);
      }
      return report.build();
    }
  }

  private void runSequentially(JsonBatcher<T> batcher, StopState<T> stop) {
    while (true) {
      JsonBatch<T> batch = nextOrStop(batcher, stop);
      if (batch == null) {
        return;
      }
      if (Thread.currentThread().isInterrupted()) {
        stop.cause = new IllegalStateException("The import was interrupted before batch " + batch.number());
        stop.unsent.addAll(batch.items());
        return;
      }
      sendAndRecord(batch);
    }
  }

  private void runConcurrently(JsonBatcher<T> batcher, StopState<T> stop) {
    int concurrency = options.concurrency();
    Semaphore inFlight = new Semaphore(concurrency);
    ThreadFactory threads = runnable -> {
      Thread t = new Thread(runnable, "kiliba-import-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService executor = Executors.newFixedThreadPool(concurrency, threads);
    try {
      while (true) {
        JsonBatch<T> batch = nextOrStop(batcher, stop);
        if (batch == null) {
          return;
        }
        try {
          inFlight.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop.cause = new IllegalStateException("The import was interrupted", e);
          stop.unsent.addAll(batch.items());
          return;
        }
        executor.execute(() -> {
          try {
            sendAndRecord(batch);
          } finally {
            inFlight.release();
          }
        });
      }
    } finally {
      executor.shutdown();
      awaitUninterruptibly(executor);
    }
  }

  private JsonBatch<T> nextOrStop(JsonBatcher<T> batcher, StopState<T> stop) {
    if (stop.cause != null || !batcher.hasNext()) {
      return null;
    }
    try {
      return batcher.next();
    } catch (RuntimeException invalid) {
      stop.cause = invalid;
      stop.unsent.addAll(batcher.unsentItems());
      return null;
    }
  }

  private void sendAndRecord(JsonBatch<T> batch) {
    ImmutableBatchResult.Builder result = BatchResult.builder()
        .number(batch.number())
        .firstItemIndex(batch.firstItemIndex())
        .itemCount(batch.items().size())
        .bytes(batch.json().length);
    AttemptCounter attempts = new AttemptCounter();
    try {
      ImportResult answer = send.apply(batch.json(), attempts);
      answer.processed().ifPresent(result::processed);
    } catch (RuntimeException e) {
      result.error(e);
    }
    result.attempts(attempts.attempts());
    BatchResult done = result.build();
    synchronized (lock) {
      batches.add(done);
      if (!done.succeeded()) {
        failed.add(FailedBatch.<T>builder().result(done).items(batch.items()).build());
      }
      itemsDone += done.itemCount();
      if (options.progressListener().isPresent()) {
        try {
          options.progressListener().get().batchCompleted(done, itemsDone);
        } catch (RuntimeException listenerFailure) {
          LOG.warn("The import progress listener of {} threw; the import goes on", resource, listenerFailure);
        }
      }
    }
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

  /** Why and where the reading stopped early. */
  private static final class StopState<T> {
    RuntimeException cause;
    final List<T> unsent = new ArrayList<>();
  }
}

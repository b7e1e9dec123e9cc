package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncScheduler;
import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.ImmutableBatchResult;
import io.commerceclients.kiliba.imports.ImportFuture;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.ImportStoppedException.Reason;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import io.commerceclients.kiliba.model.imports.ImportResult;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.ObjLongConsumer;

/**
 * Runs one bulk import without blocking a thread: the asynchronous twin of {@link BulkImporter}, on
 * the same {@link JsonBatcher}, {@link ImportLedger} and {@link ImportAnswers}. A batch is read when
 * a request slot is free (at most {@code concurrency} requests in flight, holding only those batches
 * and the item carried to the next one) and sent as an asynchronous call; when a call ends, its
 * outcome goes to the ledger and the next batch is read. Reading, sending and ending are serialised
 * by a work counter and run on the import's read executor ({@link ImportOptions#readExecutor()}, by
 * default {@link AsyncScheduler#blocking()}), never on the threads that complete futures, as the
 * caller's iterator may block: one thread at a time uses the batcher, and futures that complete at
 * once loop instead of deepening the stack. The import's futures complete on
 * {@link AsyncScheduler#completions()}.
 *
 * <p>What the blocking importer does on an invalid item, a failing source or an {@link Error}, this
 * does too, with the same ledger calls. When the import's future is done before the import ended
 * (cancelled, or completed by the caller), no further batch is read or sent, the calls in flight
 * are cancelled, their batches fail with an {@link ImportStoppedException} ({@link
 * Reason#CANCELLED}), and {@link ImportFuture#report()} completes with the accounting.
 */
final class AsyncBulkImporter<T> {

  private final String resource;
  private final String operation;
  private final ImportOptions options;
  private final BiFunction<JsonBatch<T>, AttemptCounter, CompletableFuture<ImportResult>> send;
  private final ImportLedger<T> ledger;
  private final ImportObservation observation;
  private final BooleanSupplier clientClosed;
  private final RunningImport<T> future = new RunningImport<>();
  private final AtomicInteger work = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final Set<CompletableFuture<ImportResult>> calls = ConcurrentHashMap.newKeySet();
  private final Executor reader;
  private JsonBatcher<T> batcher;
  private Runnable closeSource;
  private boolean readingOver;
  private boolean cancelRecorded;
  private volatile boolean ended;

  /** The import's future: its report future completes once the import has ended, whatever ended it. */
  private static final class RunningImport<T> extends ImportFuture<T> {
    private final CompletableFuture<ImportReport<T>> report = new CompletableFuture<>();

    @Override
    public CompletableFuture<ImportReport<T>> report() {
      return report.copy();
    }
  }

  /**
   * @param resource the endpoint's last path segment, for the report
   * @param operation the request, for example {@code POST /client/v1/import/products}, for messages
   * @param send starts sending one batch's JSON array (its buffer, not a copy); its future completes with the decoded answer (null for an empty one)
   * @param observation hears how the import ended before its futures complete
   * @param clientClosed true once the client is closed, when the import reads no more
   */
  AsyncBulkImporter(String resource, String operation, ImportOptions options,
      BiFunction<JsonBatch<T>, AttemptCounter, CompletableFuture<ImportResult>> send, ImportObservation observation,
      BooleanSupplier clientClosed) {
    this.resource = resource;
    this.operation = operation;
    this.options = options;
    this.send = send;
    this.observation = observation;
    this.clientClosed = clientClosed;
    this.ledger = new ImportLedger<>(resource, options.progressListener());
    this.reader = options.readExecutor().orElseGet(AsyncScheduler::blocking);
  }

  /** Returns an import that never started, failed with {@code invalid} (its report too). */
  static <T> ImportFuture<T> failed(Throwable invalid) {
    RunningImport<T> future = new RunningImport<>();
    future.report.completeExceptionally(invalid);
    future.completeExceptionally(invalid);
    return future;
  }

  /**
   * Starts reading and sending on the read executor and returns the import's future.
   *
   * @param closeSource closes the caller's source once the import has ended (a {@code Stream}); it
   *     may throw, which fails the future with {@link BulkImportAbortedException} and the report
   */
  ImportFuture<T> start(Iterator<? extends T> items, ObjectWriter writer, ObjLongConsumer<T> validator,
      JsonBatcher.ItemTooLarge tooLarge, Runnable closeSource) {
    this.batcher = new JsonBatcher<>(items, writer, options.maxItemsPerBatch(), options.maxBatchBytes(), validator,
        tooLarge);
    this.closeSource = closeSource;
    future.whenComplete((report, error) -> stopIfEarly());
    drain();
    return future;
  }

  /**
   * Signals work: the first signal hands {@link #runSteps()} to the read executor (on this thread if
   * the executor refuses it); signals meanwhile make it loop once more.
   */
  private void drain() {
    if (work.getAndIncrement() != 0) {
      return;
    }
    try {
      reader.execute(this::runSteps);
    } catch (RuntimeException rejected) {
      runSteps();
    }
  }

  /** Runs {@link #step()} until no more work was signalled meanwhile; only one thread runs it at a time. */
  private void runSteps() {
    int missed = 1;
    do {
      step();
      missed = work.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Reads and sends batches while slots are free, and ends the import once nothing is left in flight. */
  private void step() {
    if (ended) {
      return;
    }
    try {
      readAndSend();
    } catch (Throwable unexpected) {
      ledger.stop(Reason.ABORTED, "The import of " + resource + " was aborted: " + unexpected, unexpected);
      readingOver = true;
    }
    if (readingOver && running.get() == 0) {
      ended = true;
      end();
    }
  }

  private void readAndSend() {
    while (true) {
      if (future.isDone() && !cancelRecorded) {
        cancelRecorded = true;
        readingOver = true;
        ledger.stop(Reason.CANCELLED, "The import of " + resource + " was cancelled after " + batcher.itemsRead()
            + " items were read; no batch was sent after that", null);
      }
      if (readingOver || running.get() >= options.concurrency()) {
        return;
      }
      if (clientClosed.getAsBoolean()) {
        ledger.stop(Reason.CLIENT_CLOSED, "The import of " + resource + " stopped: the client was closed after "
            + batcher.itemsRead() + " items were read", null);
      }
      if (ledger.stopped()) {
        readingOver = true;
        return;
      }
      JsonBatch<T> batch = read();
      if (batch == null) {
        readingOver = true;
        return;
      }
      ledger.open(batch);
      running.incrementAndGet();
      send(batch);
    }
  }

  /** Returns the next batch, or null when the input ended or the reading stopped (recorded in the ledger). */
  private JsonBatch<T> read() {
    try {
      return batcher.hasNext() ? batcher.next() : null;
    } catch (ImportStoppedException sourceFailure) {
      ledger.stop(sourceFailure.reason(), "The import of " + resource + " stopped: " + sourceFailure.getMessage(),
          sourceFailure.getCause());
    } catch (RuntimeException invalid) {
      ledger.stop(invalid);
    } catch (Error error) {
      ledger.stop(Reason.ABORTED, "The import of " + resource + " was aborted: " + error
          + " while batching the input (items from index " + batcher.unsentFirstIndex() + " on)", error);
    }
    return null;
  }

  private void send(JsonBatch<T> batch) {
    AttemptCounter attempts = new AttemptCounter();
    CompletableFuture<ImportResult> call;
    try {
      call = send.apply(batch, attempts);
    } catch (RuntimeException | Error refused) {
      call = CompletableFuture.failedFuture(refused);
    }
    CompletableFuture<ImportResult> started = call;
    calls.add(started);
    if (future.isDone()) {
      started.cancel(true);
    }
    started.whenComplete((answer, error) -> {
      calls.remove(started);
      try {
        record(batch, attempts, answer, error);
      } finally {
        running.decrementAndGet();
        drain();
      }
    });
  }

  /** Records one batch's outcome; never throws (an Error, or a failure of the bookkeeping, aborts the import). */
  private void record(JsonBatch<T> batch, AttemptCounter attempts, ImportResult answer, Throwable error) {
    try {
      Throwable failure = Async.unwrap(error);
      if (failure instanceof Error) {
        ledger.failed(batch, attempts.attempts(), failure);
        return;
      }
      ImmutableBatchResult.Builder result = BatchResult.builder()
          .number(batch.number())
          .firstItemIndex(batch.firstItemIndex())
          .itemCount(batch.items().size())
          .bytes(batch.bytes());
      if (failure == null) {
        try {
          ImportAnswers.read(operation, batch.number(), batch.items().size(), answer, result);
        } catch (RuntimeException unreadable) {
          result.error(unreadable);
        }
      } else if (failure instanceof CancellationException && future.isDone()) {
        result.error(new ImportStoppedException(Reason.CANCELLED, "The import of " + resource
            + " was cancelled while batch " + batch.number() + " was in flight; Kiliba may have applied it, and"
            + " sending it again is safe", failure));
      } else {
        result.error(failure instanceof RuntimeException ? (RuntimeException) failure : new CompletionException(failure));
      }
      ledger.record(batch, result.attempts(attempts.attempts()).build());
    } catch (Throwable unexpected) {
      ledger.failed(batch, attempts.attempts(), unexpected);
    }
  }

  /** The import's future is done: if that was before the import ended, cancel the calls in flight. */
  private void stopIfEarly() {
    if (ended) {
      return;
    }
    for (CompletableFuture<ImportResult> call : calls) {
      call.cancel(true);
    }
    drain();
  }

  /**
   * Accounts for the items never batched, closes the source, tells the observer how the import
   * ended (as the blocking import does before it returns), and completes both futures.
   */
  private void end() {
    ImportReport<T> report;
    try {
      ledger.unsent(batcher.unsentFirstIndex(), batcher.unsentItems());
      report = ledger.report();
    } catch (Throwable unexpected) {
      closeAfter(unexpected);
      Throwable failure = observed(null, unexpected);
      AsyncScheduler.completions().execute(() -> {
        future.report.completeExceptionally(unexpected);
        future.completeExceptionally(failure);
      });
      return;
    }
    RuntimeException outcome = ledger.abortedBy().map(abort -> (RuntimeException) new BulkImportAbortedException(
        abort.getMessage() + ". The report accounts for every item read: " + report.itemsSucceeded() + " succeeded, "
            + report.itemsFailed() + " failed, " + report.unsentItems().size() + " unsent", abort.getCause(), report))
        .orElse(null);
    try {
      closeSource.run();
    } catch (Throwable closeFailure) {
      if (outcome == null) {
        outcome = new BulkImportAbortedException("The import of " + resource + " ended, but closing its Stream threw "
            + closeFailure + "; the report is complete", closeFailure, report);
      } else {
        outcome.addSuppressed(closeFailure);
      }
    }
    Throwable failure = observed(report, outcome);
    AsyncScheduler.completions().execute(() -> {
      future.report.complete(report);
      if (failure == null) {
        future.complete(report);
      } else {
        future.completeExceptionally(failure);
      }
    });
  }

  /**
   * Tells the observer how the import ended: its report, or the failure the future fails with;
   * returns that failure, or the {@link Error} the observer threw instead, which the future then
   * fails with, as the blocking import throws it.
   */
  private Throwable observed(ImportReport<T> report, Throwable failure) {
    try {
      if (failure == null) {
        observation.finished(report);
      } else {
        observation.aborted(failure);
      }
      return failure;
    } catch (Error observerFailure) {
      if (failure != null) {
        observerFailure.addSuppressed(failure);
      }
      return observerFailure;
    }
  }

  private void closeAfter(Throwable failure) {
    try {
      closeSource.run();
    } catch (Throwable closeFailure) {
      failure.addSuppressed(closeFailure);
    }
  }
}

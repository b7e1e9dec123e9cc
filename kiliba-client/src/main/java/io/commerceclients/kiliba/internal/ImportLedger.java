package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImmutableImportReport;
import io.commerceclients.kiliba.imports.ImportProgressListener;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import io.commerceclients.kiliba.imports.ImportStoppedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The thread-safe account of one bulk import, and the one place that keeps its promise: every item
 * read is in exactly one place. Each batch taken from the input is <em>opened</em>, then closed once,
 * either with its outcome (by batch number) or as unsent (by input index). A batch still open when
 * the report is made (its thread died without closing it) is reported as failed, so no item is
 * ever left out.
 *
 * <p>It also holds why the import stopped: {@link #stopped()} ends the reading; {@link #halted()}
 * (an interrupt or an {@link Error}) also keeps batches not yet started from being sent; {@link
 * #abortedBy()} says why {@code send} must throw.
 */
final class ImportLedger<T> {

  private static final LazyLogger LOG = LazyLogger.of(ImportLedger.class);

  private final String resource;
  private final Optional<ImportProgressListener> listener;

  private final Object lock = new Object();
  private final Map<Integer, JsonBatch<T>> open = new TreeMap<>();
  private final Map<Integer, Outcome<T>> outcomes = new TreeMap<>();
  private final Map<Long, List<T>> unsent = new TreeMap<>();
  private long itemsDone;
  private RuntimeException stoppedBy;
  private ImportStoppedException abortedBy;
  private volatile boolean stopped;
  private volatile boolean halted;

  private record Outcome<T>(BatchResult result, List<T> items) {}

  ImportLedger(String resource, Optional<ImportProgressListener> listener) {
    this.resource = resource;
    this.listener = listener;
  }

  /** Notes a batch taken from the input; it must then be closed by {@link #record} or {@link #unsent(JsonBatch)}. */
  void open(JsonBatch<T> batch) {
    synchronized (lock) {
      open.put(batch.number(), batch);
    }
  }

  /**
   * Records a batch's outcome, then tells the progress listener. A {@link RuntimeException} from
   * the listener is logged; an {@link Error} from it propagates, after the outcome is recorded.
   */
  void record(JsonBatch<T> batch, BatchResult result) {
    synchronized (lock) {
      close(batch, result);
      if (listener.isPresent()) {
        try {
          listener.get().batchCompleted(result, itemsDone);
        } catch (RuntimeException listenerFailure) {
          LOG.get().warn("The import progress listener of {} threw; the import goes on", resource, listenerFailure);
        }
      }
    }
  }

  /**
   * Records that something was thrown while {@code batch} was handled, other than by the sending
   * itself (which the caller records as the batch's error): an {@link Error} from the HTTP stack or
   * from the listener, or a failure of this bookkeeping. The batch is failed with that cause unless
   * its outcome was already recorded, and the import is aborted.
   */
  void failed(JsonBatch<T> batch, int attempts, Throwable error) {
    synchronized (lock) {
      boolean recorded = outcomes.containsKey(batch.number());
      String what = recorded
          ? "the progress listener threw " + error + " after batch " + batch.number()
          : "the client failed with " + error + " while sending batch " + batch.number()
              + " or reading its answer (Kiliba may have applied it)";
      ImportStoppedException cause = new ImportStoppedException(Reason.ABORTED, "The import of " + resource
          + " was aborted: " + what, error);
      if (!recorded) {
        close(batch, BatchResult.builder().number(batch.number()).firstItemIndex(batch.firstItemIndex())
            .itemCount(batch.items().size()).bytes(batch.bytes()).attempts(attempts).error(cause).build());
      }
      stop(cause, error);
    }
  }

  /** Records a batch taken from the input but never sent. */
  void unsent(JsonBatch<T> batch) {
    synchronized (lock) {
      open.remove(batch.number());
      unsent(batch.firstItemIndex(), batch.items());
    }
  }

  /** Records items read from the input but never put in a batch; {@code firstIndex} is the input index of the first. */
  void unsent(long firstIndex, List<T> items) {
    if (items.isEmpty()) {
      return;
    }
    synchronized (lock) {
      unsent.put(firstIndex, items);
    }
  }

  /** Stops the reading for an invalid item: the import goes on with the batches already taken. */
  void stop(RuntimeException invalidItem) {
    synchronized (lock) {
      if (stoppedBy == null) {
        stoppedBy = invalidItem;
      }
      stopped = true;
    }
  }

  /**
   * Stops the import for {@code reason}, what was thrown being {@code cause}. An interrupt or an
   * {@link Error} also halts it (no batch not yet started is sent); an Error aborts it.
   */
  void stop(Reason reason, String message, Throwable cause) {
    stop(new ImportStoppedException(reason, message, cause), cause);
  }

  private void stop(ImportStoppedException stop, Throwable cause) {
    synchronized (lock) {
      if (stoppedBy == null) {
        stoppedBy = stop;
      }
      boolean aborts = cause instanceof Error || stop.reason() == Reason.ABORTED;
      if (aborts) {
        if (abortedBy == null) {
          abortedBy = stop;
        } else if (cause != null && abortedBy.getCause() != cause) {
          abortedBy.getCause().addSuppressed(cause);
        }
      }
      stopped = true;
      halted |= aborts || stop.reason() == Reason.INTERRUPTED || stop.reason() == Reason.CLIENT_CLOSED;
    }
  }

  /** Returns true once the import must read no more input. */
  boolean stopped() {
    return stopped;
  }

  /** Returns true once no batch not yet started may be sent. */
  boolean halted() {
    return halted;
  }

  /**
   * Returns why the import was aborted, if it was: its cause is the {@link Error} (or unexpected
   * failure) thrown first; later ones are suppressed in it.
   */
  Optional<ImportStoppedException> abortedBy() {
    synchronized (lock) {
      return Optional.ofNullable(abortedBy);
    }
  }

  /** Returns the report; call it once every batch in flight has ended. */
  ImportReport<T> report() {
    synchronized (lock) {
      for (JsonBatch<T> lost : new ArrayList<>(open.values())) {
        failed(lost, 0, new IllegalStateException("the outcome of batch " + lost.number() + " was never recorded"));
      }
      List<BatchResult> batches = new ArrayList<>();
      List<FailedBatch<T>> failedBatches = new ArrayList<>();
      for (Outcome<T> o : outcomes.values()) {
        batches.add(o.result());
        if (!o.result().succeeded()) {
          failedBatches.add(FailedBatch.<T>builder().result(o.result()).items(o.items()).build());
        }
      }
      List<T> unsentItems = new ArrayList<>();
      unsent.values().forEach(unsentItems::addAll);
      ImmutableImportReport.Builder<T> report = ImportReport.<T>builder()
          .resource(resource)
          .batches(batches)
          .failedBatches(failedBatches)
          .unsentItems(unsentItems);
      if (stoppedBy != null) {
        report.stoppedBy(stoppedBy);
      }
      return report.build();
    }
  }

  private void close(JsonBatch<T> batch, BatchResult result) {
    Outcome<T> previous = outcomes.put(batch.number(), new Outcome<>(result, batch.items()));
    open.remove(batch.number());
    if (previous == null) {
      itemsDone += batch.items().size();
    }
  }
}

package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import io.commerceclients.kiliba.imports.ImmutableImportOptions;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportProgressListener;
import io.commerceclients.kiliba.imports.ImportReport;
import java.time.Duration;
import java.util.Map;

/**
 * Tells the client's observer about a bulk import as the workflow {@code kiliba.import.<resource>}:
 * each batch that ends ({@code batch}, {@code succeeded} or {@code failed}, with the items done so
 * far), then how the import finished, with its counts. No item, id or message is in an event.
 */
final class ImportObservation {
  private static final LazyLogger LOG = LazyLogger.of(ImportObservation.class);

  private final ClientObserver observer;
  private final String workflow;
  private final long started = System.nanoTime();

  ImportObservation(ClientObserver observer, String resource) {
    this.observer = observer;
    this.workflow = "kiliba.import." + resource;
  }

  /**
   * Returns the options with a progress listener that also reports each batch (the caller's listener
   * first; the batch is reported even when it throws).
   */
  ImportOptions observe(ImportOptions options) {
    if (observer == ClientObserver.NONE) {
      return options;
    }
    ImportProgressListener own = options.progressListener().orElse(null);
    ImportProgressListener both = (batch, itemsDone) -> {
      try {
        if (own != null) {
          own.batchCompleted(batch, itemsDone);
        }
      } finally {
        emit("batch", batch.error().isPresent() ? "failed" : "succeeded",
            Map.of("items_done", itemsDone, "batch_items", (long) batch.itemCount()));
      }
    };
    return ImmutableImportOptions.copyOf(options).withProgressListener(both);
  }

  /** Reports how the import finished. */
  void finished(ImportReport<?> report) {
    if (observer != ClientObserver.NONE) {
      emit("finished", report.isSuccessful() ? "succeeded" : "failed", Map.of("items_read", report.itemsRead(),
          "items_succeeded", report.itemsSucceeded(), "items_failed", report.itemsFailed(),
          "items_unsent", (long) report.unsentItems().size(), "batches", (long) report.batches().size()));
    }
  }

  /** Reports an import that ended with an exception instead of a report. */
  void aborted(Throwable failure) {
    if (observer != ClientObserver.NONE) {
      emit("finished", "aborted", Map.of());
    }
  }

  private void emit(String step, String status, Map<String, Long> counts) {
    try {
      observer.workflowEvent(new WorkflowEvent("kiliba", workflow, step, status,
          Duration.ofNanos(System.nanoTime() - started), counts));
    } catch (RuntimeException e) {
      LOG.get().warn("The client observer failed on a {} event; ignored", workflow, e);
    }
  }
}

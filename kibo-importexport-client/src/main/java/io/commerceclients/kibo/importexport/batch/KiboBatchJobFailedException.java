package io.commerceclients.kibo.importexport.batch;

import io.commerceclients.core.polling.JobFailedException;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import java.util.List;
import java.util.Optional;

/**
 * A batch job ended without completing ({@code Canceled}, or a failed status a later Kibo may
 * report), although Kibo answered the poll with HTTP 200. It carries the job's final summary and
 * its failed items with their errors.
 */
public class KiboBatchJobFailedException extends JobFailedException {
  private static final long serialVersionUID = 1L;
  private static final int ITEMS_IN_MESSAGE = 3;

  private final transient BatchJobSummary summary;
  private final transient List<BatchJobItem> failedItems;
  private final boolean moreFailedItems;

  /** Creates the exception for the job {@code code} with its final summary and failed items. */
  public KiboBatchJobFailedException(String code, BatchJobSummary summary, List<BatchJobItem> failedItems,
      boolean moreFailedItems) {
    super(describe(code, summary, failedItems, moreFailedItems), summary);
    this.summary = summary;
    this.failedItems = List.copyOf(failedItems);
    this.moreFailedItems = moreFailedItems;
  }

  private static String describe(String code, BatchJobSummary summary, List<BatchJobItem> items, boolean more) {
    StringBuilder s = new StringBuilder("batch job ").append(code).append(" ended with status ")
        .append(summary.status().map(BatchJobStatus::value).orElse("(none)"))
        .append(" (").append(summary.count(BatchJobItemStatus.COMPLETED)).append(" of ")
        .append(summary.itemCount()).append(" items completed)");
    if (!items.isEmpty()) {
      s.append("; ").append(items.size()).append(more ? "+" : "").append(" failed item(s)");
      for (BatchJobItem item : items.subList(0, Math.min(ITEMS_IN_MESSAGE, items.size()))) {
        s.append("; ").append(item.itemKey().orElse("?")).append(": ")
            .append(item.errors().isEmpty() ? item.processingStatus().map(Object::toString).orElse("?")
                : item.errors().get(0).describe());
      }
    }
    return s.toString();
  }

  /** Returns the job's final summary. */
  public BatchJobSummary summary() {
    return summary;
  }

  /** Returns the job's final status. */
  public Optional<BatchJobStatus> status() {
    return summary.status();
  }

  /** Returns the items that failed before the job ended, each with its errors. */
  public List<BatchJobItem> failedItems() {
    return failedItems;
  }

  /** Returns true if more items failed than the run's {@code maxFailedItems} let this exception hold. */
  public boolean moreFailedItems() {
    return moreFailedItems;
  }
}

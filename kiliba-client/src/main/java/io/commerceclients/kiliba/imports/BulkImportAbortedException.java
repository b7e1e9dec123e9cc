package io.commerceclients.kiliba.imports;

/**
 * Thrown by {@link BulkImport#send} when the import could not go on: an {@link Error} (such as an
 * {@link OutOfMemoryError} or a {@link StackOverflowError}, the cause) struck while reading the
 * input, sending a batch, reading an answer or running the progress listener, or the caller's
 * stream failed to close. The import stopped sending, waited for the batches in flight, and {@link
 * #report()} accounts for every item read: succeeded, failed (with its cause) or unsent.
 */
public class BulkImportAbortedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImportReport<?> report;

  /** Creates the exception with the partial report and what was thrown. */
  public BulkImportAbortedException(String message, Throwable cause, ImportReport<?> report) {
    super(message, cause);
    this.report = report;
  }

  /**
   * Returns the report of what the import did before it stopped; it is never successful. The
   * record type is the one of the import that threw.
   */
  @SuppressWarnings("unchecked")
  public <T> ImportReport<T> report() {
    return (ImportReport<T>) report;
  }
}

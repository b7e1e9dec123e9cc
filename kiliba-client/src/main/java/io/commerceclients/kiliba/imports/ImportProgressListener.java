package io.commerceclients.kiliba.imports;

/**
 * Sees each batch of a bulk import complete. Calls never overlap, even with several requests in
 * flight, so an implementation need not be thread-safe; it should return quickly. A {@link
 * RuntimeException} it throws is logged and the import goes on; an {@link Error} it throws aborts
 * the import ({@link BulkImportAbortedException}).
 */
@FunctionalInterface
public interface ImportProgressListener {

  /**
   * Called once per batch, after it succeeded or failed for good.
   *
   * @param batch the batch's outcome
   * @param itemsDone how many items have completed so far, in all batches
   */
  void batchCompleted(BatchResult batch, long itemsDone);
}

package io.commerceclients.kiliba.imports;

import java.util.concurrent.CompletableFuture;

/**
 * The future of an asynchronous bulk import ({@link BulkImportAsync#send}): it completes with the
 * {@link ImportReport}, or fails with the exception the blocking import throws ({@link
 * BulkImportAbortedException}, carrying the report, when an {@link Error} stopped it).
 *
 * <p><b>Cancelling it stops the import</b>: no further item is read and no further batch sent; the
 * requests in flight are cancelled, and their batches are reported failed with an {@link
 * ImportStoppedException} ({@link ImportStoppedException.Reason#CANCELLED}), since Kiliba may
 * already have applied them (sending them again is safe: imports overwrite by id). The future
 * itself then holds a {@code CancellationException}, as any cancelled future; the accounting of
 * what was sent is in {@link #report()}. Completing this future in any other way ({@code
 * complete}, {@code orTimeout}) stops the import the same way. Cancelling a future derived from
 * this one ({@code thenApply}…) does not reach the import.
 *
 * @param <T> the record type
 */
public abstract class ImportFuture<T> extends CompletableFuture<ImportReport<T>> {

  /** For the client's implementation. */
  protected ImportFuture() {}

  /**
   * Returns a future of the report, completed once the import has ended, whatever ended it: the
   * same report this future completes with; after a cancellation, the report of what was done
   * (every item read is succeeded, failed with its cause or unsent, {@link ImportReport#stoppedBy()}
   * says {@link ImportStoppedException.Reason#CANCELLED}); after an abort, the report of the {@link
   * BulkImportAbortedException}. It fails only if the import never started (the {@code
   * ValidationException} of invalid input or options). Cancelling the returned future changes
   * nothing.
   */
  public abstract CompletableFuture<ImportReport<T>> report();
}

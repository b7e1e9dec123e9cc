package io.commerceclients.kiliba.imports;

/**
 * Why a bulk import stopped before the end of its input for a reason other than an invalid item:
 * see {@link #reason()}; the cause is what was thrown. It is also the error of a batch that was in
 * flight when an {@link Error} struck: whether Kiliba applied that batch is unknown, and sending it
 * again is safe (imports overwrite by id).
 */
public class ImportStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What stopped the import. */
  public enum Reason {
    /** The thread that called {@code send} was interrupted; its interrupt status is kept. */
    INTERRUPTED,
    /**
     * The caller's item source (the {@code Iterable}, its {@code Iterator} or the {@code Stream})
     * threw; an {@link Error} from it also aborts the import.
     */
    SOURCE_FAILED,
    /**
     * An {@link Error} (or an unexpected failure of the client itself) struck while a batch was
     * sent, its answer read, or the progress listener ran; {@code send} threw {@link
     * BulkImportAbortedException}.
     */
    ABORTED,
    /**
     * The future of an asynchronous import ({@link ImportFuture}) was cancelled, or completed by the
     * caller, before the import ended: no further batch was sent. It is also the error of a batch
     * whose request was in flight then and was cancelled; Kiliba may have applied that batch.
     */
    CANCELLED,
    /**
     * The client was closed while the import ran: no further item was read and no batch not yet
     * started was sent; a batch in flight then ends with its answer or the client's {@link
     * IllegalStateException}.
     */
    CLIENT_CLOSED
  }

  private final Reason reason;

  /** Creates the exception; {@code cause} is what was thrown. */
  public ImportStoppedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Returns what stopped the import. */
  public Reason reason() {
    return reason;
  }
}

package io.commerceclients.kiliba.imports;

/**
 * The error of a batch that Kiliba answered with a {@code processed} count smaller than the number
 * of items sent: Kiliba does not say which items it kept, so the whole batch is reported as failed,
 * with its items, to be sent again (imports overwrite by id, so resending is safe).
 */
public class PartiallyAcceptedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long itemsSent;
  private final long itemsProcessed;

  /** Creates the exception for a batch of {@code itemsSent} items of which Kiliba processed {@code itemsProcessed}. */
  public PartiallyAcceptedException(String message, long itemsSent, long itemsProcessed) {
    super(message);
    this.itemsSent = itemsSent;
    this.itemsProcessed = itemsProcessed;
  }

  /** Returns how many items the batch carried. */
  public long itemsSent() {
    return itemsSent;
  }

  /** Returns Kiliba's {@code processed} count for the batch. */
  public long itemsProcessed() {
    return itemsProcessed;
  }
}

package io.commerceclients.karla.order;

import io.commerceclients.karla.model.order.UpsertOrderRequest;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * What an asynchronous bulk fulfillment had sent when its future was cancelled; {@code join()} and
 * {@code get()} of the cancelled future throw it. Items {@linkplain #inDoubt() in doubt} were in the
 * request in flight, which Karla may or may not have applied: an upsert is safe to repeat, so send
 * them again to be sure. Items {@linkplain #notSent() not sent} never left, and {@linkplain
 * #rejected() rejected} ones were refused by Karla (with its reasons) and not applied.
 */
public final class BulkFulfillmentCancelledException extends CancellationException {

  private final List<UpsertOrderRequest> inDoubt;
  private final List<UpsertOrderRequest> notSent;
  private final List<BulkFulfillmentResult.Rejected> rejected;

  /** Creates the report; the SDK builds it. */
  public BulkFulfillmentCancelledException(
      List<UpsertOrderRequest> inDoubt, List<UpsertOrderRequest> notSent, List<BulkFulfillmentResult.Rejected> rejected) {
    super("bulk fulfillment cancelled: " + inDoubt.size() + " item(s) in the request in flight (Karla may have applied"
        + " them; upserts are safe to repeat), " + notSent.size() + " not sent, " + rejected.size() + " rejected");
    this.inDoubt = List.copyOf(inDoubt);
    this.notSent = List.copyOf(notSent);
    this.rejected = List.copyOf(rejected);
  }

  /** Returns the items of the request that was in flight: Karla may or may not have applied them. */
  public List<UpsertOrderRequest> inDoubt() {
    return inDoubt;
  }

  /** Returns the items that were never sent. */
  public List<UpsertOrderRequest> notSent() {
    return notSent;
  }

  /** Returns the items Karla had rejected, with their index in the list given and Karla's reasons. */
  public List<BulkFulfillmentResult.Rejected> rejected() {
    return rejected;
  }
}

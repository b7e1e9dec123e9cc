package io.commerceclients.karla.order;

import io.commerceclients.core.error.FieldError;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import java.util.List;
import java.util.Objects;

/** What a bulk fulfillment did with each item: accepted, or rejected with Karla's reasons. */
public final class BulkFulfillmentResult {

  private final List<UpsertOrderRequest> accepted;
  private final List<Rejected> rejected;

  /** Creates a result; the SDK builds it. */
  public BulkFulfillmentResult(List<UpsertOrderRequest> accepted, List<Rejected> rejected) {
    this.accepted = List.copyOf(accepted);
    this.rejected = List.copyOf(rejected);
  }

  /** Returns the items Karla accepted, in the order given. */
  public List<UpsertOrderRequest> accepted() {
    return accepted;
  }

  /** Returns the items Karla rejected, with their index in the list given. */
  public List<Rejected> rejected() {
    return rejected;
  }

  /** Returns true if every item was accepted. */
  public boolean allAccepted() {
    return rejected.isEmpty();
  }

  @Override
  public String toString() {
    return "BulkFulfillmentResult{accepted=" + accepted.size() + ", rejected=" + rejected + "}";
  }

  /** An item Karla rejected. */
  public static final class Rejected {
    private final int index;
    private final UpsertOrderRequest request;
    private final List<FieldError> errors;

    /** Creates a rejected item; the SDK builds it. */
    public Rejected(int index, UpsertOrderRequest request, List<FieldError> errors) {
      this.index = index;
      this.request = Objects.requireNonNull(request, "request");
      this.errors = List.copyOf(errors);
    }

    /** Returns the item's index in the list given. */
    public int index() {
      return index;
    }

    /** Returns the item. */
    public UpsertOrderRequest request() {
      return request;
    }

    /** Returns Karla's reasons, with fields relative to the item (such as {@code trackings[0].tracking_number}). */
    public List<FieldError> errors() {
      return errors;
    }

    @Override
    public String toString() {
      return "#" + index + " (" + request.id() + "): " + errors;
    }
  }
}

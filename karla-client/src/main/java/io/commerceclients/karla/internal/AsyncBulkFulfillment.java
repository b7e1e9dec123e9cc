package io.commerceclients.karla.internal;

import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentCancelledException;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A {@link BulkFulfillment} run without blocking, as an {@link AsyncWorkflow}: the first request,
 * then (after a rejection by index) the accepted items once more, each sent when the previous answer
 * arrives. Cancelling the workflow's future cancels the request in flight, sends nothing more, and
 * completes it with a {@link BulkFulfillmentCancelledException} saying what was sent.
 */
final class AsyncBulkFulfillment {

  private final BulkFulfillment fulfillment;
  private final Function<List<UpsertOrderRequest>, CompletableFuture<Void>> send;
  private final AsyncWorkflow<BulkFulfillmentResult> flow = new AsyncWorkflow<>(this::cancelled);
  private volatile Sent sent = new Sent(List.of(), List.of(), List.of());

  /**
   * What a cancellation reports: the items of the request last started, those waiting to be sent
   * again, and those Karla rejected.
   */
  private static final class Sent {
    final List<UpsertOrderRequest> inDoubt;
    final List<UpsertOrderRequest> notSent;
    final List<BulkFulfillmentResult.Rejected> rejected;

    Sent(List<UpsertOrderRequest> inDoubt, List<UpsertOrderRequest> notSent,
        List<BulkFulfillmentResult.Rejected> rejected) {
      this.inDoubt = inDoubt;
      this.notSent = notSent;
      this.rejected = rejected;
    }
  }

  AsyncBulkFulfillment(BulkFulfillment fulfillment, Function<List<UpsertOrderRequest>, CompletableFuture<Void>> send) {
    this.fulfillment = fulfillment;
    this.send = send;
  }

  /** Sends the first request and returns the workflow's future. */
  CompletableFuture<BulkFulfillmentResult> start() {
    sent = new Sent(fulfillment.requests(), List.of(), List.of());
    flow.step(() -> send.apply(fulfillment.requests())).whenComplete((ignored, error) -> {
      try {
        firstAnswered(error);
      } catch (Throwable unexpected) {
        flow.fail(unexpected);
      }
    });
    return flow.future();
  }

  private void firstAnswered(Throwable error) {
    if (error == null) {
      flow.complete(fulfillment.allAccepted());
      return;
    }
    Throwable cause = Async.unwrap(error);
    if (!(cause instanceof InvalidRequestException)) {
      flow.fail(cause);
      return;
    }
    BulkFulfillment.Rejection rejection;
    try {
      rejection = fulfillment.rejection((InvalidRequestException) cause);
    } catch (InvalidRequestException whole) {
      flow.fail(whole);
      return;
    }
    if (rejection.rest().isEmpty()) {
      flow.complete(rejection.result());
      return;
    }
    sent = new Sent(List.of(), rejection.rest(), rejection.rejected());
    flow.then(() -> {
      sent = new Sent(rejection.rest(), List.of(), rejection.rejected());
      return send.apply(rejection.rest());
    }, accepted -> flow.complete(rejection.result()));
  }

  private BulkFulfillmentCancelledException cancelled() {
    Sent last = sent;
    return new BulkFulfillmentCancelledException(last.inDoubt, last.notSent, last.rejected);
  }
}

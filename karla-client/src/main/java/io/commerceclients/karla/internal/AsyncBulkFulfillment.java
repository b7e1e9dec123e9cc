package io.commerceclients.karla.internal;

import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentCancelledException;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A {@link BulkFulfillment} run without blocking: the first request, then (after a rejection by
 * index) the accepted items once more, each sent when the previous answer arrives. This is the
 * future the caller gets: cancelling it cancels the request in flight, sends nothing more, and
 * completes it with a {@link BulkFulfillmentCancelledException} saying what was sent.
 */
final class AsyncBulkFulfillment extends CompletableFuture<BulkFulfillmentResult> {

  private final BulkFulfillment fulfillment;
  private final Function<List<UpsertOrderRequest>, CompletableFuture<Void>> send;

  private boolean stopped;
  private List<UpsertOrderRequest> inDoubt = List.of();
  private List<UpsertOrderRequest> notSent;
  private List<BulkFulfillmentResult.Rejected> rejected = List.of();
  private CompletableFuture<Void> inFlight;

  AsyncBulkFulfillment(BulkFulfillment fulfillment, Function<List<UpsertOrderRequest>, CompletableFuture<Void>> send) {
    this.fulfillment = fulfillment;
    this.send = send;
    this.notSent = fulfillment.requests();
  }

  AsyncBulkFulfillment start() {
    send(fulfillment.requests(), this::firstAnswered);
    return this;
  }

  private void firstAnswered(Void ignored, Throwable error) {
    if (error == null) {
      finish(fulfillment.allAccepted(), null);
      return;
    }
    Throwable cause = Async.unwrap(error);
    if (!(cause instanceof InvalidRequestException)) {
      finish(null, cause);
      return;
    }
    BulkFulfillment.Rejection rejection;
    try {
      rejection = fulfillment.rejection((InvalidRequestException) cause);
    } catch (InvalidRequestException whole) {
      finish(null, whole);
      return;
    }
    if (rejection.rest().isEmpty()) {
      finish(rejection.result(), null);
      return;
    }
    synchronized (this) {
      rejected = rejection.rejected();
      inDoubt = List.of();
      notSent = rejection.rest();
    }
    send(rejection.rest(), (v, again) -> finish(again == null ? rejection.result() : null, again == null ? null : Async.unwrap(again)));
  }

  /** Sends {@code items} unless the workflow is over, and hands the answer to {@code then}. */
  private void send(List<UpsertOrderRequest> items, BiConsumer<Void, Throwable> then) {
    synchronized (this) {
      if (stopped || isDone()) {
        return;
      }
      inDoubt = items;
      notSent = List.of();
    }
    CompletableFuture<Void> call;
    try {
      call = send.apply(items);
    } catch (RuntimeException | Error e) {
      finish(null, e);
      return;
    }
    boolean late;
    synchronized (this) {
      late = stopped || isDone();
      inFlight = late ? null : call;
    }
    if (late) {
      call.cancel(true);
      return;
    }
    call.whenComplete((v, e) -> {
      try {
        then.accept(v, e);
      } catch (RuntimeException | Error failure) {
        finish(null, failure);
      }
    });
  }

  private void finish(BulkFulfillmentResult result, Throwable error) {
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      inFlight = null;
    }
    if (error != null) {
      completeExceptionally(error);
    } else {
      complete(result);
    }
  }

  /**
   * Cancels the request in flight, sends nothing more, and completes this future with a {@link
   * BulkFulfillmentCancelledException} (a {@link java.util.concurrent.CancellationException}).
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    BulkFulfillmentCancelledException report;
    CompletableFuture<Void> call;
    synchronized (this) {
      if (stopped) {
        return isCancelled();
      }
      stopped = true;
      report = new BulkFulfillmentCancelledException(inDoubt, notSent, rejected);
      call = inFlight;
      inFlight = null;
    }
    if (call != null) {
      call.cancel(true);
    }
    return completeExceptionally(report) || isCancelled();
  }
}

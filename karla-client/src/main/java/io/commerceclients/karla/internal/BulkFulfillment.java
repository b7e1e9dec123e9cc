package io.commerceclients.karla.internal;

import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulk fulfillment of checked items; when Karla rejects items by index (a 422 whose locations are
 * {@code body[i]…}), the other items are sent again once and the rejected ones are reported with
 * their reasons. {@link #run} sends blocking, {@link #runAsync} without blocking; both follow
 * {@link #rejection}.
 */
final class BulkFulfillment {

  private static final Pattern ITEM = Pattern.compile("^body\\[(\\d+)](?:\\.(.*))?$");

  private final List<UpsertOrderRequest> requests;

  BulkFulfillment(List<UpsertOrderRequest> requests) {
    this.requests = List.copyOf(requests);
  }

  /** Returns the items, in the order given. */
  List<UpsertOrderRequest> requests() {
    return requests;
  }

  /** Sends the items with {@code send} (which throws on an error answer), then the accepted ones again if needed. */
  BulkFulfillmentResult run(Consumer<List<UpsertOrderRequest>> send) {
    try {
      send.accept(requests);
      return allAccepted();
    } catch (InvalidRequestException e) {
      Rejection rejection = rejection(e);
      if (!rejection.rest().isEmpty()) {
        send.accept(rejection.rest());
      }
      return rejection.result();
    }
  }

  /**
   * Sends the items with {@code send} (whose future fails on an error answer) and returns the
   * workflow's future; cancelling it cancels the request in flight and reports what was sent.
   */
  CompletableFuture<BulkFulfillmentResult> runAsync(Function<List<UpsertOrderRequest>, CompletableFuture<Void>> send) {
    return new AsyncBulkFulfillment(this, send).start();
  }

  /** Returns the result of a first request that Karla accepted whole. */
  BulkFulfillmentResult allAccepted() {
    return new BulkFulfillmentResult(requests, List.of());
  }

  /**
   * Returns what Karla's rejection means: the items it rejected, and the others, to send again.
   *
   * @throws InvalidRequestException {@code e} itself if one of its errors names no item sent
   */
  Rejection rejection(InvalidRequestException e) {
    Map<Integer, List<FieldError>> byItem = itemErrors(e.fieldErrors());
    if (byItem.isEmpty()) {
      throw e;
    }
    List<UpsertOrderRequest> rest = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      if (!byItem.containsKey(i)) {
        rest.add(requests.get(i));
      }
    }
    List<BulkFulfillmentResult.Rejected> rejected = new ArrayList<>();
    byItem.forEach((i, errors) -> rejected.add(new BulkFulfillmentResult.Rejected(i, requests.get(i), errors)));
    return new Rejection(rest, rejected);
  }

  /** The items Karla rejected by index, and the rest, which are sent once more. */
  static final class Rejection {
    private final List<UpsertOrderRequest> rest;
    private final List<BulkFulfillmentResult.Rejected> rejected;

    private Rejection(List<UpsertOrderRequest> rest, List<BulkFulfillmentResult.Rejected> rejected) {
      this.rest = List.copyOf(rest);
      this.rejected = List.copyOf(rejected);
    }

    List<UpsertOrderRequest> rest() {
      return rest;
    }

    List<BulkFulfillmentResult.Rejected> rejected() {
      return rejected;
    }

    /** The result once the rest was accepted (or when there is no rest). */
    BulkFulfillmentResult result() {
      return new BulkFulfillmentResult(rest, rejected);
    }
  }

  /** Returns the index the digits name if it is one of the items sent, else -1; never throws. */
  private int itemIndex(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 9) {
      return -1;
    }
    int index = Integer.parseInt(trimmed);
    return index < requests.size() ? index : -1;
  }

  /** Groups field errors by item index; empty if any error does not point at an item. */
  private Map<Integer, List<FieldError>> itemErrors(List<FieldError> errors) {
    Map<Integer, List<FieldError>> byItem = new TreeMap<>();
    for (FieldError error : errors) {
      Matcher m = ITEM.matcher(error.field());
      if (!m.matches()) {
        return Map.of();
      }
      int index = itemIndex(m.group(1));
      if (index < 0) {
        return Map.of();
      }
      String field = m.group(2) == null ? "" : m.group(2);
      byItem.computeIfAbsent(index, k -> new ArrayList<>())
          .add(new FieldError(field, error.message(), error.code().orElse(null)));
    }
    return byItem;
  }
}

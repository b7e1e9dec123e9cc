package io.commerceclients.karla.internal;

import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a bulk fulfillment; when Karla rejects items by index (a 422 whose locations are {@code
 * body[i]…}), sends the other items again once and reports the rejected ones with their reasons.
 */
final class BulkFulfillment {

  private static final Pattern ITEM = Pattern.compile("^body\\[(\\d+)](?:\\.(.*))?$");

  private final List<UpsertOrderRequest> requests;
  private final Consumer<List<UpsertOrderRequest>> send;

  BulkFulfillment(List<UpsertOrderRequest> requests, Consumer<List<UpsertOrderRequest>> send) {
    this.requests = List.copyOf(requests);
    this.send = send;
  }

  BulkFulfillmentResult run() {
    try {
      send.accept(requests);
      return new BulkFulfillmentResult(requests, List.of());
    } catch (InvalidRequestException e) {
      Map<Integer, List<FieldError>> byItem = itemErrors(e.fieldErrors());
      if (byItem.isEmpty() || byItem.size() == requests.size()) {
        if (byItem.isEmpty()) {
          throw e;
        }
        return new BulkFulfillmentResult(List.of(), rejected(byItem));
      }
      List<UpsertOrderRequest> rest = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        if (!byItem.containsKey(i)) {
          rest.add(requests.get(i));
        }
      }
      send.accept(rest);
      return new BulkFulfillmentResult(rest, rejected(byItem));
    }
  }

  private List<BulkFulfillmentResult.Rejected> rejected(Map<Integer, List<FieldError>> byItem) {
    List<BulkFulfillmentResult.Rejected> out = new ArrayList<>();
    byItem.forEach((i, errors) -> out.add(new BulkFulfillmentResult.Rejected(i, requests.get(i), errors)));
    return out;
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

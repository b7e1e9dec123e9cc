package io.commerceclients.core.internal.http;

import io.commerceclients.core.http.HttpExchange;
import io.commerceclients.core.http.RawResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Records the HTTP exchanges the current thread makes while a {@code withRawResponse} call runs,
 * so that any operation (one request, a listing, a workflow) can return its answer with them.
 */
public final class RawCapture {
  private static final ThreadLocal<Deque<List<HttpExchange>>> ACTIVE = new ThreadLocal<>();

  private RawCapture() {}

  /** Runs {@code call} and returns its result with the exchanges it made on this thread. */
  public static <T> RawResponse<T> capture(Supplier<T> call) {
    Deque<List<HttpExchange>> stack = ACTIVE.get();
    if (stack == null) {
      stack = new ArrayDeque<>();
      ACTIVE.set(stack);
    }
    List<HttpExchange> exchanges = new ArrayList<>();
    stack.push(exchanges);
    try {
      T body = call.get();
      return new RawResponse<>(body, exchanges);
    } finally {
      stack.pop();
      if (stack.isEmpty()) {
        ACTIVE.remove();
      }
    }
  }

  static void record(okhttp3.Response response, ErrorMapper errors) {
    Deque<List<HttpExchange>> stack = ACTIVE.get();
    if (stack == null) {
      return;
    }
    HttpExchange exchange = errors.exchange(response);
    for (List<HttpExchange> capture : stack) {
      capture.add(exchange);
    }
  }
}

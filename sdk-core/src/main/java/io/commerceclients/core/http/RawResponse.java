package io.commerceclients.core.http;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a call returned together with the HTTP it took: the body, and the status, headers and
 * request id of the answer (of the last request when the operation made several, such as a
 * listing or a workflow; {@link #exchanges()} has them all, a retried request once with its final
 * answer). A streamed body (a download) stays a stream. Obtained with {@code
 * client.withRawResponse(c -> c.orders().get(id))}.
 *
 * @param <T> the body type
 */
public final class RawResponse<T> {
  private final @Nullable T body;
  private final List<HttpExchange> exchanges;

  /** Creates the response; used by the transport. */
  public RawResponse(@Nullable T body, List<HttpExchange> exchanges) {
    this.body = body;
    this.exchanges = List.copyOf(exchanges);
  }

  /** Returns what the operation returned (null for an operation without a result). */
  public @Nullable T body() {
    return body;
  }

  /** Returns every HTTP exchange the call made, in order. */
  public List<HttpExchange> exchanges() {
    return exchanges;
  }

  /** Returns the last exchange, if the call made any. */
  public Optional<HttpExchange> lastExchange() {
    return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1));
  }

  /** Returns the status of the last answer, or 0 when the call made no request. */
  public int statusCode() {
    return lastExchange().map(HttpExchange::statusCode).orElse(0);
  }

  /** Returns the headers of the last answer by lower-case name (credentials masked). */
  public Map<String, List<String>> headers() {
    return lastExchange().map(HttpExchange::headers).orElse(Map.of());
  }

  /** Returns the first value of a header of the last answer, whatever its case. */
  public Optional<String> header(String name) {
    return lastExchange().flatMap(e -> e.header(name));
  }

  /** Returns the request id of the last answer, to quote in a vendor support ticket. */
  public Optional<String> requestId() {
    return lastExchange().flatMap(HttpExchange::requestId);
  }

  @Override
  public String toString() {
    return "RawResponse{" + exchanges + "}";
  }
}

package io.commerceclients.core.http;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange a call made: method, URL (secret parameters masked), status, response headers
 * (credential and cookie headers masked) and the API's request id. It holds no body.
 */
public final class HttpExchange {
  private final String method;
  private final String url;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final @Nullable String requestId;

  /** Creates the record of an exchange; used by the transport. */
  public HttpExchange(String method, String url, int statusCode, Map<String, List<String>> headers,
      @Nullable String requestId) {
    this.method = method;
    this.url = url;
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.requestId = requestId;
  }

  /** Returns the HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the URL, with secret query parameters masked. */
  public String url() {
    return url;
  }

  /** Returns the HTTP status. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the response headers by lower-case name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the first value of a response header, whatever its case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns the request or correlation id the API sent back, to quote in a support ticket. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public String toString() {
    return method + " " + url + " -> " + statusCode + (requestId == null ? "" : " (request-id: " + requestId + ")");
  }
}

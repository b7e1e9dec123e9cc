package io.commerceclients.core.internal.http;

import java.util.Map;

/** Headers an observer asked for on one attempt (such as {@code traceparent}), as an OkHttp tag; sent to the API's hosts only. */
public final class AttemptHeaders {
  private final Map<String, String> headers;

  /** Creates the tag. */
  public AttemptHeaders(Map<String, String> headers) {
    this.headers = Map.copyOf(headers);
  }

  /** Returns the headers. */
  public Map<String, String> headers() {
    return headers;
  }
}

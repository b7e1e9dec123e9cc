package io.commerceclients.core.internal.auth;

import java.util.List;
import okhttp3.Request;

/**
 * A credential header whose value never changes (an API key, HTTP Basic), added once to a request
 * the transport prepares for all its attempts, or per attempt to a request that lacks it.
 */
final class FixedHeader {
  private final String name;
  private final String value;

  FixedHeader(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /** Sets the header on {@code copy}, replacing any value it had. */
  void addTo(Request.Builder copy) {
    copy.header(name, value);
  }

  /** Returns {@code request} itself if it carries exactly this header once, else a copy that does. */
  Request on(Request request) {
    List<String> values = request.headers(name);
    if (values.size() == 1 && value.equals(values.get(0))) {
      return request;
    }
    return request.newBuilder().header(name, value).build();
  }
}

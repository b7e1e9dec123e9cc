package io.commerceclients.core.internal.auth;

import okhttp3.Headers;
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

  /**
   * Returns {@code request} itself if it carries exactly this header once, else a copy that does;
   * the check allocates nothing, as it runs on every attempt.
   */
  Request on(Request request) {
    Headers headers = request.headers();
    int found = 0;
    boolean same = true;
    for (int i = 0; i < headers.size(); i++) {
      if (headers.name(i).equalsIgnoreCase(name)) {
        found++;
        same &= value.equals(headers.value(i));
      }
    }
    if (found == 1 && same) {
      return request;
    }
    return request.newBuilder().header(name, value).build();
  }
}

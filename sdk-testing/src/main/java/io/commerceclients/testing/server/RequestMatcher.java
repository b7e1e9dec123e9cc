package io.commerceclients.testing.server;

import java.util.regex.Pattern;

/** Selects the requests a fault applies to. */
@FunctionalInterface
public interface RequestMatcher {

  /** Returns true if the fault applies to a request with this method and path. */
  boolean matches(String method, String path);

  /** Matches every request. */
  static RequestMatcher any() {
    return (method, path) -> true;
  }

  /** Matches a method (or {@code "*"}) and a path template such as {@code /v1/shops/{slug}/orders} (or {@code "*"}). */
  static RequestMatcher of(String method, String pathTemplate) {
    Pattern path = "*".equals(pathTemplate) ? null : PathTemplate.compile(pathTemplate).pattern();
    return (m, p) -> ("*".equals(method) || method.equalsIgnoreCase(m)) && (path == null || path.matcher(p).matches());
  }
}

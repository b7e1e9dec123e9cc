package io.commerceclients.testing.server;

/** Selects the requests a fault applies to. */
@FunctionalInterface
public interface RequestMatcher {

  /** Returns true if the fault applies to a request with this method and path. */
  boolean matches(String method, String path);

  /** Matches every request. */
  static RequestMatcher any() {
    return (method, path) -> true;
  }

  /**
   * Matches a method (or {@code "*"}) and a path template such as {@code /v1/shops/{slug}/orders} (or {@code "*"}).
   * A fake refuses a fault whose matcher of this kind fits none of its routes.
   *
   * @throws NullPointerException if either is null
   */
  static RequestMatcher of(String method, String pathTemplate) {
    return new TemplateMatcher(method, pathTemplate);
  }
}

package io.commerceclients.testing.server;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The matcher of {@link RequestMatcher#of}: a method and a path template, either of which may be {@code "*"}. */
final class TemplateMatcher implements RequestMatcher {
  private final String method;
  private final String template;
  private final @Nullable Pattern path;

  TemplateMatcher(String method, String template) {
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    this.template = Objects.requireNonNull(template, "pathTemplate");
    this.path = "*".equals(template) ? null : PathTemplate.compile(template).pattern();
  }

  @Override
  public boolean matches(String m, String p) {
    return ("*".equals(method) || method.equalsIgnoreCase(m)) && (path == null || path.matcher(p).matches());
  }

  /** Returns true if some request could match both this matcher and the route {@code routeMethod routeTemplate}. */
  boolean overlaps(String routeMethod, String routeTemplate) {
    if (!"*".equals(method) && !method.equals(routeMethod)) {
      return false;
    }
    if (path == null) {
      return true;
    }
    String[] mine = template.split("/", -1);
    String[] theirs = routeTemplate.split("/", -1);
    if (mine.length != theirs.length) {
      return false;
    }
    for (int i = 0; i < mine.length; i++) {
      if (!segmentsOverlap(mine[i], theirs[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean segmentsOverlap(String a, String b) {
    boolean aOpen = a.contains("{");
    boolean bOpen = b.contains("{");
    if (aOpen && bOpen) {
      return true;
    }
    if (aOpen) {
      return PathTemplate.compile(a).pattern().matcher(b).matches();
    }
    if (bOpen) {
      return PathTemplate.compile(b).pattern().matcher(a).matches();
    }
    return a.equals(b);
  }

  @Override
  public String toString() {
    return "RequestMatcher.of(\"" + method + "\", \"" + template + "\")";
  }
}

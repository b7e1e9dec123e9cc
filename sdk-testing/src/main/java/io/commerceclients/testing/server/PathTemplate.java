package io.commerceclients.testing.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A route path such as {@code /v1/shops/{slug}/orders/{id}}: each {@code {name}} matches one segment. */
final class PathTemplate {
  private final Pattern pattern;
  private final List<String> names;

  private PathTemplate(Pattern pattern, List<String> names) {
    this.pattern = pattern;
    this.names = names;
  }

  static PathTemplate compile(String template) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{([^}/]+)}").matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new PathTemplate(Pattern.compile(regex.toString()), names);
  }

  Pattern pattern() {
    return pattern;
  }

  /** Returns the path parameters, or null if the path does not match. */
  @Nullable Map<String, String> match(String path) {
    Matcher m = pattern.matcher(path);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), m.group(i + 1));
    }
    return params;
  }
}

package io.commerceclients.kibo.importexport.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How Kibo's free-text job and resource statuses are read (ENDPOINTS.md §3). */
final class JobStatusRules {
  private static final Set<String> SUCCEEDED = Set.of("complete", "completed", "succeeded");
  private static final Set<String> FAILED = Set.of("errored", "failed", "error");
  private static final Set<String> CANCELLED = Set.of("cancelled", "canceled");

  private JobStatusRules() {}

  static boolean succeeded(Optional<String> status) {
    return matches(status, SUCCEEDED);
  }

  static boolean failed(Optional<String> status) {
    return matches(status, FAILED);
  }

  static boolean cancelled(Optional<String> status) {
    return matches(status, CANCELLED);
  }

  private static boolean matches(Optional<String> status, Set<String> values) {
    return status.map(s -> values.contains(s.trim().toLowerCase(Locale.ROOT))).orElse(false);
  }
}

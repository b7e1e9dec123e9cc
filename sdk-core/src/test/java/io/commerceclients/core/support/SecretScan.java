package io.commerceclients.core.support;

import io.commerceclients.core.error.ApiException;
import java.util.ArrayList;
import java.util.List;

/** Gathers every text a user can meet about a failure, to search it for a secret. */
public final class SecretScan {
  private SecretScan() {}

  /**
   * Returns the message and {@code toString()} of {@code t}, of its causes and suppressed exceptions
   * (recursively), and for an {@link ApiException} its raw body, details, API message, request id
   * and URL.
   */
  public static String everything(Throwable t) {
    StringBuilder s = new StringBuilder();
    List<Throwable> todo = new ArrayList<>(List.of(t));
    for (int i = 0; i < todo.size() && i < 50; i++) {
      Throwable x = todo.get(i);
      s.append(x).append('\n').append(x.getMessage()).append('\n');
      if (x instanceof ApiException) {
        ApiException api = (ApiException) x;
        s.append(api.rawBody().orElse("")).append(api.details()).append(api.apiMessage().orElse(""))
            .append(api.requestId().orElse("")).append(api.url().orElse("")).append('\n');
        api.details().fieldErrors().forEach(f -> s.append(f).append('\n'));
      }
      if (x.getCause() != null && x.getCause() != x) {
        todo.add(x.getCause());
      }
      todo.addAll(List.of(x.getSuppressed()));
    }
    return s.toString();
  }
}

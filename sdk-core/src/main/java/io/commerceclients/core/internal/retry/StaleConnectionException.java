package io.commerceclients.core.internal.retry;

import java.io.IOException;

/**
 * A request failed on a pooled connection that the server had already closed, before any byte of
 * an answer arrived. The {@link RetryInterceptor} sends such a request once more on a fresh
 * connection, whatever its method, without counting a retry; otherwise its cause is reported.
 */
final class StaleConnectionException extends IOException {
  StaleConnectionException(IOException cause) {
    super("the pooled connection was closed by the server before the request was answered", cause);
  }

  IOException failure() {
    return (IOException) getCause();
  }
}

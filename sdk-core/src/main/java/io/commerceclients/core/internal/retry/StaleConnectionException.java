package io.commerceclients.core.internal.retry;

import java.io.IOException;

/**
 * A request met a pooled connection that the server had already closed: found before the request
 * was sent ({@link #beforeSending()}), or when it failed before any byte of an answer arrived. The
 * {@link RetryInterceptor} sends it once more on a fresh connection, without counting a retry, when
 * nothing was sent or the request is idempotent (a server that handled a request and then dropped
 * the connection looks the same, so a POST that was sent is never sent again this way); otherwise
 * its cause is reported.
 */
final class StaleConnectionException extends IOException {
  private final boolean beforeSending;

  StaleConnectionException(IOException cause, boolean beforeSending) {
    super("the pooled connection was closed by the server before the request was answered", cause);
    this.beforeSending = beforeSending;
  }

  /** Returns true if the closed connection was found before anything was sent on it. */
  boolean beforeSending() {
    return beforeSending;
  }

  IOException failure() {
    return (IOException) getCause();
  }
}

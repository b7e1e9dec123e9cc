package io.commerceclients.core.internal.logging;

import java.io.IOException;

/**
 * Stands in for a cause whose message echoed a credential (such as a JSON parser quoting the
 * answer it could not read): it names the original class, carries its message masked and its stack
 * trace, and its own causes and suppressed exceptions are masked the same way.
 */
public final class MaskedFailure extends IOException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 16;

  private MaskedFailure(String message) {
    super(message);
  }

  /**
   * Returns {@code failure} itself if no message of it, its causes or suppressed exceptions shows
   * a credential {@code sent} knows, else a copy of the chain with those messages masked.
   */
  public static Throwable of(Throwable failure, SentSecrets sent) {
    return failure == null || !shows(failure, sent, 0) ? failure : copy(failure, sent, 0);
  }

  /**
   * Returns a copy of {@code failure}'s chain that names each class and keeps each stack trace but
   * drops every message, for a failure to read an answer that is itself a credential.
   */
  public static Throwable withoutMessages(Throwable failure) {
    return failure == null ? null : copy(failure, null, 0);
  }

  private static boolean shows(Throwable t, SentSecrets sent, int depth) {
    if (t == null || depth > MAX_DEPTH) {
      return false;
    }
    String message = t.getMessage();
    if (message != null && !sent.mask(message).equals(message)) {
      return true;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (shows(suppressed, sent, depth + 1)) {
        return true;
      }
    }
    return t.getCause() != t && shows(t.getCause(), sent, depth + 1);
  }

  /** Copies {@code t}'s chain with messages masked by {@code sent}, or dropped if {@code sent} is null. */
  private static Throwable copy(Throwable t, SentSecrets sent, int depth) {
    if (depth > MAX_DEPTH) {
      return new MaskedFailure(t.getClass().getName());
    }
    if (sent != null && !shows(t, sent, 0)) {
      return t;
    }
    String message = sent == null ? null : t.getMessage();
    MaskedFailure copy = new MaskedFailure(t.getClass().getName() + (message == null ? "" : ": " + sent.mask(message)));
    copy.setStackTrace(t.getStackTrace());
    if (t.getCause() != null && t.getCause() != t) {
      copy.initCause(copy(t.getCause(), sent, depth + 1));
    }
    for (Throwable suppressed : t.getSuppressed()) {
      copy.addSuppressed(copy(suppressed, sent, depth + 1));
    }
    return copy;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}

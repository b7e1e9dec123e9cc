package io.commerceclients.core.internal.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SLF4J logger looked up on first use: SLF4J's start-up (a scan of the class path for its
 * provider) is left to the first message, so that a client that logs nothing never pays it.
 */
public final class LazyLogger {
  private final String name;
  private volatile Logger logger;

  private LazyLogger(String name) {
    this.name = name;
  }

  /** Returns the lazily looked-up logger of this name. */
  public static LazyLogger named(String name) {
    return new LazyLogger(name);
  }

  /** Returns the lazily looked-up logger named after {@code type}. */
  public static LazyLogger of(Class<?> type) {
    return new LazyLogger(type.getName());
  }

  /** Returns the logger, looking it up on the first call. */
  public Logger get() {
    Logger found = logger;
    if (found == null) {
      found = LoggerFactory.getLogger(name);
      logger = found;
    }
    return found;
  }
}

package io.commerceclients.core.internal.http;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made on first use, once, whichever thread asks first: a client creates a service (and
 * loads its classes) only when it is used, which keeps building a client cheap.
 */
public final class Lazy<T> implements Supplier<T> {
  private @Nullable Supplier<T> factory;
  private volatile @Nullable T value;

  private Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  /** Returns a lazy value made by {@code factory}, which must not return null. */
  public static <T> Lazy<T> of(Supplier<T> factory) {
    return new Lazy<>(factory);
  }

  /** Returns the value, making it on the first call. */
  @Override
  public T get() {
    T made = value;
    if (made != null) {
      return made;
    }
    synchronized (this) {
      made = value;
      if (made == null) {
        made = java.util.Objects.requireNonNull(factory).get();
        value = made;
        factory = null;
      }
      return made;
    }
  }
}

package io.commerceclients.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Base of the SDK's enums that survive values the server adds later: each known value is a
 * constant, and an unknown wire value becomes an instance that keeps the raw string
 * ({@link #isKnown()} is then false). Instances of the same value are the same object, so {@code
 * ==} works.
 *
 * <p>A subclass declares a {@link Registry}, its constants through {@link Registry#known(String)},
 * and a {@code @JsonCreator static of(String)} that calls {@link Registry#of(String)}.
 */
public abstract class ExpandableEnum {

  private final String value;
  private final boolean known;

  /** Creates a value; only {@link Registry} calls this through the subclass constructor. */
  protected ExpandableEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** Returns the wire value, exactly as the API sends it. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Returns true if this value is one of the constants this SDK version knows. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((ExpandableEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /**
   * Holds the instances of one expandable enum type.
   *
   * @param <E> the enum type
   */
  public static final class Registry<E extends ExpandableEnum> {
    private final BiFunction<String, Boolean, E> factory;
    private final Map<String, E> known = new LinkedHashMap<>();
    private final Map<String, E> unknown = new ConcurrentHashMap<>();

    /** Creates a registry that makes instances with {@code factory(value, known)}. */
    public Registry(BiFunction<String, Boolean, E> factory) {
      this.factory = factory;
    }

    /** Declares a known constant; call it only from static initialisers. */
    public synchronized E known(String value) {
      E instance = factory.apply(value, true);
      known.put(value, instance);
      return instance;
    }

    /** Returns the constant for {@code value}, or an instance that keeps an unknown value. */
    public E of(String value) {
      Objects.requireNonNull(value, "value");
      E instance = known.get(value);
      if (instance != null) {
        return instance;
      }
      if (unknown.size() > 1_000) {
        return factory.apply(value, false);
      }
      return unknown.computeIfAbsent(value, v -> factory.apply(v, false));
    }

    /** Returns the known constants in declaration order. */
    public Collection<E> values() {
      return Collections.unmodifiableCollection(known.values());
    }
  }
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The free-form {@code configuration} of a job or of one of its resources. Kibo's spec gives it
 * no type, so it holds whatever JSON value Kibo sent or you set: an object (the usual case, read
 * with {@link #asMap()}), an array, a string, a number or a boolean; nested values may be JSON
 * null. It is written back as it was read, except for null entries of objects, which the SDK's
 * mapper leaves out of every map it writes.
 */
public final class JobConfiguration {

  private final Object value;

  private JobConfiguration(Object value) {
    this.value = value;
  }

  /**
   * Returns a configuration holding {@code value}: a {@code Map<String, ?>}, a {@code List<?>}, a
   * {@code String}, a {@code Number} or a {@code Boolean} (nested maps and lists may hold the
   * same). Maps and lists are copied.
   *
   * @throws IllegalArgumentException if {@code value} is null or of another type
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static JobConfiguration of(Object value) {
    return new JobConfiguration(copy(Objects.requireNonNull(value, "value"), "configuration"));
  }

  /** Returns a configuration holding the JSON object {@code fields}, which is copied. */
  public static JobConfiguration ofMap(Map<String, ?> fields) {
    return of(fields);
  }

  /** Returns the value as it goes on the wire: an unmodifiable map or list, a string, a number or a boolean. */
  @JsonValue
  public Object value() {
    return value;
  }

  /** Returns the value as a JSON object, if it is one. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, @Nullable Object>> asMap() {
    return value instanceof Map ? Optional.of((Map<String, @Nullable Object>) value) : Optional.empty();
  }

  /** Returns the value as a JSON array, if it is one. */
  @SuppressWarnings("unchecked")
  public Optional<List<@Nullable Object>> asList() {
    return value instanceof List ? Optional.of((List<@Nullable Object>) value) : Optional.empty();
  }

  /** Returns the value as a string, if it is one. */
  public Optional<String> asText() {
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  /** Returns the value as a number, if it is one. */
  public Optional<Number> asNumber() {
    return value instanceof Number ? Optional.of((Number) value) : Optional.empty();
  }

  /** Returns the value as a boolean, if it is one. */
  public Optional<Boolean> asBoolean() {
    return value instanceof Boolean ? Optional.of((Boolean) value) : Optional.empty();
  }

  private static @Nullable Object copy(@Nullable Object value, String path) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException(path + ": keys must be strings, got " + e.getKey());
        }
        copy.put((String) e.getKey(), copy(e.getValue(), path + "." + e.getKey()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<@Nullable Object> copy = new ArrayList<>();
      int i = 0;
      for (Object item : (List<?>) value) {
        copy.add(copy(item, path + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(path + ": must be a map, list, string, number or boolean, got "
        + value.getClass().getName());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JobConfiguration && Objects.equals(((JobConfiguration) other).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return "JobConfiguration{" + value + "}";
  }
}

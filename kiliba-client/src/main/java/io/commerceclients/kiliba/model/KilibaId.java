package io.commerceclients.kiliba.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An identifier that Kiliba documents as "string or number": it keeps the JSON type the caller
 * chose, so {@code KilibaId.of(42)} is sent as the number {@code 42} and {@code KilibaId.of("42")}
 * as the string {@code "42"}. Two ids are equal only if both value and JSON type match.
 */
public final class KilibaId {

  private final Object value;

  private KilibaId(Object value) {
    this.value = value;
  }

  /**
   * Returns an id sent as a JSON string.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static KilibaId of(String value) {
    return new KilibaId(Objects.requireNonNull(value, "value"));
  }

  /** Returns an id sent as a JSON number. */
  public static KilibaId of(long value) {
    return new KilibaId(value);
  }

  /**
   * Returns an id sent as a JSON number, keeping integers beyond {@code long} and decimals exactly.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static KilibaId of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    try {
      return new KilibaId(value.longValueExact());
    } catch (ArithmeticException notALong) {
      return new KilibaId(value);
    }
  }

  /**
   * Reads an id from its JSON value (a string or a number); used by Jackson.
   *
   * @throws IllegalArgumentException if {@code json} is neither a string nor a number
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static KilibaId fromJson(Object json) {
    if (json instanceof String) {
      return of((String) json);
    }
    if (json instanceof Integer || json instanceof Long || json instanceof Short) {
      return of(((Number) json).longValue());
    }
    if (json instanceof BigInteger) {
      return of(new BigDecimal((BigInteger) json));
    }
    if (json instanceof BigDecimal) {
      return of((BigDecimal) json);
    }
    if (json instanceof Number) {
      return of(new BigDecimal(json.toString()));
    }
    throw new IllegalArgumentException(
        "A Kiliba id must be a JSON string or number, not " + (json == null ? "null" : json.getClass().getSimpleName()));
  }

  /** Returns the id as Jackson writes it: a {@link String} or a {@link Number}. */
  @JsonValue
  public Object jsonValue() {
    return value;
  }

  /** Returns true if this id is sent as a JSON number. */
  public boolean isNumber() {
    return value instanceof Number;
  }

  /** Returns true if this id is sent as a JSON string. */
  public boolean isString() {
    return value instanceof String;
  }

  /** Returns the id's text: the string itself, or the number's decimal form. */
  public String asString() {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KilibaId && ((KilibaId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text; strings are not quoted. */
  @Override
  public String toString() {
    return asString();
  }
}

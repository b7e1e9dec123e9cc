package io.commerceclients.kibo.importexport.csv;

import io.commerceclients.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Kibo's CSV conventions: UTF-8, RFC 4180 quoting, several values in one field separated by a
 * carriage return, and the {@value #DELETE} sentinel that clears a property on import.
 */
public final class KiboCsv {

  /** The value that clears a product property on import (a blank value leaves it unchanged). */
  public static final String DELETE = "~delete~";

  /** The separator of several values in one field: a carriage return (0x0D). */
  public static final String MULTI_VALUE_SEPARATOR = "\r";

  private KiboCsv() {}

  /**
   * Joins {@code values} into one multi-value field, separated by carriage returns.
   *
   * @throws ValidationException naming the value ({@code values[1]}) if one contains a carriage
   *     return or a line feed, which would read back as several values
   */
  public static String multiValue(Collection<?> values) {
    List<String> parts = new ArrayList<>(values.size());
    for (Object value : values) {
      String part = format(value);
      if (part.indexOf('\r') >= 0 || part.indexOf('\n') >= 0) {
        throw new ValidationException("values[" + parts.size() + "]", "must not contain a carriage return or a "
            + "line feed: in a multi-value field they separate values, so it would read back as several");
      }
      parts.add(part);
    }
    return String.join(MULTI_VALUE_SEPARATOR, parts);
  }

  /**
   * Joins {@code values} into one multi-value field, as {@link #multiValue(Collection)} does.
   *
   * @throws ValidationException if a value contains a carriage return or a line feed
   */
  public static String multiValue(Object... values) {
    return multiValue(Arrays.asList(values));
  }

  /**
   * Splits a multi-value field read from an export into its values. Any line break separates
   * values: Kibo's carriage return, and the {@code \r\n} or lone {@code \n} that tools re-saving
   * a CSV write instead; {@link #multiValue(Collection)} refuses both characters inside a value, so
   * what it joins splits back exactly. An empty field has no values.
   */
  public static List<String> splitMultiValue(@Nullable String field) {
    if (field == null || field.isEmpty()) {
      return List.of();
    }
    return List.of(field.split("\r\n|\r|\n", -1));
  }

  /**
   * Formats one value the way Kibo reads it: text as is (leading zeros kept), numbers in plain
   * notation (never scientific), booleans as {@code true}/{@code false}, dates in ISO-8601,
   * collections as a multi-value field, null and empty optionals as an empty field.
   *
   * @throws IllegalArgumentException for a NaN or infinite number
   * @throws ValidationException for a collection one of whose values contains a line break
   */
  public static String format(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(KiboCsv::format).orElse("");
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("a CSV number must be finite, got " + value);
      }
      String text = value instanceof Float ? Float.toString((Float) value) : Double.toString(d);
      return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
    if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Boolean || value instanceof Enum || value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Collection) {
      return multiValue((Collection<?>) value);
    }
    return value.toString();
  }

  /**
   * Returns {@code field} as one CSV field: quoted (inner quotes doubled) when it holds a comma, a
   * quote, an apostrophe, a new line or edge spaces, as is otherwise.
   */
  public static String quote(String field) {
    boolean needsQuotes = !field.isEmpty()
        && (Character.isWhitespace(field.charAt(0))
            || Character.isWhitespace(field.charAt(field.length() - 1)));
    for (int i = 0; i < field.length() && !needsQuotes; i++) {
      char c = field.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\'' || c == '\r' || c == '\n';
    }
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}

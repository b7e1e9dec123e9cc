package io.commerceclients.core.internal.validation;

import io.commerceclients.core.validation.ValidationException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks of documented limits, each throwing {@link ValidationException} with a message that
 * names the field and the limit. Field names are paths such as {@code products[3].price}; use
 * {@link #item(String, int, String)} to build them. A message is built only when a check fails,
 * as valid values are checked by the hundred thousand in bulk imports.
 */
public final class Check {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private Check() {}

  /** Returns the path of a field of the {@code index}-th item: {@code list[index].field}. */
  public static String item(String list, int index, String field) {
    return list + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
  }

  /** Fails with {@code message} for {@code field} unless {@code condition} holds. */
  public static void that(boolean condition, String field, String message) {
    if (!condition) {
      throw new ValidationException(field, message);
    }
  }

  /** Requires a non-null value and returns it. */
  public static <T> T required(T value, String field) {
    that(value != null, field, "is required");
    return value;
  }

  /** Requires a string with at least one non-blank character and returns it. */
  public static String notBlank(String value, String field) {
    that(value != null && !value.isBlank(), field, "is required and must not be blank");
    return value;
  }

  /**
   * Requires a value usable as one path segment of a URL and returns it: not blank, not {@code .}
   * or {@code ..}, which would step out of the path it is put in, and free of control characters
   * (a NUL, a line break...), which no id holds. Other characters, {@code /?#%} among them, are
   * percent-encoded into the one segment.
   */
  public static String pathSegment(String value, String field) {
    notBlank(value, field);
    if (value.equals(".") || value.equals("..")) {
      throw new ValidationException(field, "must not be '.' or '..' (a path step), got '" + value + "'");
    }
    int control = controlCharacterAt(value);
    if (control >= 0) {
      throw new ValidationException(field, String.format("must not hold a control character, got U+%04X at index %d",
          (int) value.charAt(control), control));
    }
    return value;
  }

  /** Returns true for a value {@link #pathSegment} accepts: not blank, not {@code .} or {@code ..}, no control character. */
  public static boolean isPathSegment(String value) {
    return value != null && !value.isBlank() && !value.equals(".") && !value.equals("..")
        && controlCharacterAt(value) < 0;
  }

  private static int controlCharacterAt(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Requires a non-empty collection and returns it. */
  public static <C extends Collection<?>> C notEmpty(C value, String field) {
    that(value != null && !value.isEmpty(), field, "must contain at least one element");
    return value;
  }

  /** Requires a collection of at most {@code max} elements. */
  public static void maxSize(Collection<?> value, int max, String field) {
    if (value != null && value.size() > max) {
      throw new ValidationException(field, "must contain at most " + max + " elements, got " + value.size());
    }
  }

  /** Requires {@code min <= value <= max}. */
  public static long inRange(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new ValidationException(field, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** Requires a number that is zero or more. */
  public static void nonNegative(BigDecimal value, String field) {
    if (value != null && value.signum() < 0) {
      throw new ValidationException(field, "must be >= 0, got " + value);
    }
  }

  /**
   * Requires a string of {@code min} to {@code max} characters, counted as code points (an emoji
   * is one character, not two UTF-16 units); null is allowed.
   */
  public static void length(String value, int min, int max, String field) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new ValidationException(field, "must be " + min + ".." + max + " characters long, got " + length);
    }
  }

  /** Requires a string of at most {@code max} characters, counted as code points; null is allowed. */
  public static void maxLength(String value, int max, String field) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      throw new ValidationException(field, "must be at most " + max + " characters long, got " + length);
    }
  }

  /** Requires something that looks like an e-mail address (null is allowed). */
  public static void email(String value, String field) {
    that(isEmail(value), field, "must be an e-mail address like name@example.com");
  }

  /** Returns whether {@link #email} accepts {@code value}, for callers that name the field only on failure. */
  public static boolean isEmail(String value) {
    return value == null || EMAIL.matcher(value).matches();
  }

  /**
   * Requires an absolute http or https URL with an authority (null is allowed). The host is not
   * parsed further: a host with {@code _} or non-ASCII letters (an IDN) is valid.
   */
  public static void httpUrl(String value, String field) {
    if (value == null) {
      return;
    }
    boolean ok;
    try {
      URI uri = new URI(value);
      ok = uri.isAbsolute()
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getRawAuthority() != null
          && !uri.getRawAuthority().isEmpty();
    } catch (Exception e) {
      ok = false;
    }
    if (!ok) {
      throw new ValidationException(field, "must be an absolute http(s) URL, got '" + value + "'");
    }
  }

  /** Requires a map with no null keys (null is allowed). */
  public static void noNullKeys(Map<?, ?> value, String field) {
    that(value == null || !value.containsKey(null), field, "must not contain a null key");
  }
}

package io.commerceclients.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link OffsetDateTime} exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does
 * ({@code 2025-01-31T23:59:59.5+02:00}, {@code Z} for UTC), without the formatter's overhead: the
 * digits go into one char array that the generator copies, with no intermediate strings.
 */
final class FastOffsetDateTimeSerializer extends StdScalarSerializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;
  /** The longest text {@link #write} writes: {@code 9999-12-31T23:59:59.999999999+18:00}. */
  private static final int MAX_LENGTH = 35;

  FastOffsetDateTimeSerializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    char[] text = new char[MAX_LENGTH];
    int length = write(value, text);
    if (length < 0) {
      gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    } else {
      gen.writeString(text, 0, length);
    }
  }

  static String format(OffsetDateTime value) {
    char[] text = new char[MAX_LENGTH];
    int length = write(value, text);
    return length < 0 ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value) : new String(text, 0, length);
  }

  /**
   * Writes the value into {@code out} and returns the length, or -1 for a year outside 0..9999 or an
   * offset with seconds, which are left to the formatter.
   */
  private static int write(OffsetDateTime v, char[] out) {
    int year = v.getYear();
    int offset = v.getOffset().getTotalSeconds();
    if (year < 0 || year > 9999 || offset % 60 != 0) {
      return -1;
    }
    digits(out, 0, year, 4);
    out[4] = '-';
    digits(out, 5, v.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, v.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, v.getHour(), 2);
    out[13] = ':';
    digits(out, 14, v.getMinute(), 2);
    out[16] = ':';
    digits(out, 17, v.getSecond(), 2);
    int i = 19;
    int nanos = v.getNano();
    if (nanos > 0) {
      int width = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        width--;
      }
      out[i++] = '.';
      digits(out, i, nanos, width);
      i += width;
    }
    if (offset == 0) {
      out[i++] = 'Z';
      return i;
    }
    out[i++] = offset < 0 ? '-' : '+';
    int minutes = Math.abs(offset) / 60;
    digits(out, i, minutes / 60, 2);
    out[i + 2] = ':';
    digits(out, i + 3, minutes % 60, 2);
    return i + 5;
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code at}. */
  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}

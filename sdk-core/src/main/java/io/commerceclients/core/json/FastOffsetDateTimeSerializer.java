package io.commerceclients.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link OffsetDateTime} exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does
 * ({@code 2025-01-31T23:59:59.5+02:00}, {@code Z} for UTC), without the formatter's overhead.
 */
final class FastOffsetDateTimeSerializer extends StdScalarSerializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  FastOffsetDateTimeSerializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(format(value));
  }

  static String format(OffsetDateTime v) {
    int year = v.getYear();
    if (year < 0 || year > 9999 || v.getOffset().getTotalSeconds() % 60 != 0) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v);
    }
    StringBuilder s = new StringBuilder(35);
    pad(s, year, 4).append('-');
    pad(s, v.getMonthValue(), 2).append('-');
    pad(s, v.getDayOfMonth(), 2).append('T');
    pad(s, v.getHour(), 2).append(':');
    pad(s, v.getMinute(), 2).append(':');
    pad(s, v.getSecond(), 2);
    int nanos = v.getNano();
    if (nanos > 0) {
      int digits = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        digits--;
      }
      s.append('.');
      pad(s, nanos, digits);
    }
    int offset = v.getOffset().getTotalSeconds();
    if (offset == 0) {
      return s.append('Z').toString();
    }
    s.append(offset < 0 ? '-' : '+');
    int minutes = Math.abs(offset) / 60;
    pad(s, minutes / 60, 2).append(':');
    return pad(s, minutes % 60, 2).toString();
  }

  private static StringBuilder pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    return s.append(digits);
  }
}

package io.commerceclients.testing.kibo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fake's own small RFC 4180 CSV reader and writer (the fake depends on no client module). */
final class FakeCsv {

  private FakeCsv() {}

  /** Reads records one at a time from a UTF-8 stream; the stream is not closed. */
  static final class RecordReader {
    private final Reader in;
    private boolean first = true;

    RecordReader(InputStream stream) {
      this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** Returns the next record, or null at the end; throws IOException on an unterminated quote. */
    @Nullable List<String> next() throws IOException {
      int c = in.read();
      if (first && c == 0xFEFF) {
        c = in.read();
      }
      first = false;
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new IOException("unterminated quoted field");
          }
          if (c == '"') {
            int n = in.read();
            if (n == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = n;
              continue;
            }
          } else {
            field.append((char) c);
          }
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' || c == '\n' || c == -1) {
          fields.add(field.toString());
          if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          return fields;
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else {
          field.append((char) c);
        }
        c = in.read();
      }
    }
  }

  static void writeRecord(Writer out, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String v = values.get(i) == null ? "" : values.get(i);
      boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\'') >= 0
          || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
      out.write(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
    }
    out.write("\r\n");
  }
}

package io.commerceclients.kibo.importexport.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a CSV file an export produced, one row at a time: each row becomes a map from header to
 * value, in header order. Quoted fields may hold commas, quotes and new lines; a UTF-8 byte order
 * mark is skipped; a row shorter than the header is padded with empty values. Values are returned
 * exactly as written (no number parsing); split multi-value fields with {@link
 * KiboCsv#splitMultiValue(String)}.
 *
 * <pre>{@code
 * try (KiboCsvReader csv = KiboCsvReader.open(dir.resolve("products.csv"))) {
 *   for (Map<String, String> row : csv) {
 *     System.out.println(row.get("ProductCode"));
 *   }
 * }
 * }</pre>
 */
public final class KiboCsvReader implements Iterable<Map<String, String>>, Closeable {

  private final Reader in;
  private final List<String> header;
  private long line = 1;
  private boolean iterated;

  private KiboCsvReader(Reader in) {
    this.in = in;
    List<String> first = readRecord();
    this.header = first == null ? List.of() : Collections.unmodifiableList(first);
  }

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws CsvFormatException if the header is malformed
   */
  public static KiboCsvReader open(Path file) {
    try {
      return open(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the header from {@code stream} (UTF-8); closing the reader closes the stream. */
  public static KiboCsvReader open(InputStream stream) {
    return new KiboCsvReader(
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
  }

  /** Returns the header of {@code file} without reading further. */
  public static List<String> readHeader(Path file) {
    try (KiboCsvReader reader = open(file)) {
      return reader.header();
    }
  }

  /** Returns the column names of the header line, in file order. */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the rows; the file can be iterated once.
   *
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<Map<String, String>> iterator() {
    if (iterated) {
      throw new IllegalStateException("a KiboCsvReader can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private Map<String, String> next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = readRow();
        }
        return next != null;
      }

      @Override
      public Map<String, String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Map<String, String> row = next;
        next = null;
        return row;
      }
    };
  }

  /** Returns the rows as a sequential stream; close the reader when done. */
  public Stream<Map<String, String>> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Reads every remaining row into a list; for small files only. */
  public List<Map<String, String>> readAll() {
    List<Map<String, String>> rows = new ArrayList<>();
    forEach(rows::add);
    return rows;
  }

  private Map<String, String> readRow() {
    while (true) {
      long startLine = line;
      List<String> values = readRecord();
      if (values == null) {
        return null;
      }
      if (values.size() == 1 && values.get(0).isEmpty()) {
        continue;
      }
      if (values.size() > header.size()) {
        throw new CsvFormatException(
            "row has " + values.size() + " values but the header has " + header.size(), startLine);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < values.size() ? values.get(i) : "");
      }
      return Collections.unmodifiableMap(row);
    }
  }

  /** Reads one record, or null at the end of the input. */
  private List<String> readRecord() {
    try {
      int c = in.read();
      if (c == 0xFEFF && line == 1) {
        c = in.read();
      }
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      long startLine = line;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new CsvFormatException("unterminated quoted field", startLine);
          }
          if (c == '"') {
            in.mark(1);
            int n = in.read();
            if (n == '"') {
              field.append('"');
            } else {
              quoted = false;
              afterQuote = true;
              c = n;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        } else if (c == '\r' || c == '\n' || c == -1) {
          fields.add(field.toString());
          if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          if (c != -1) {
            line++;
          }
          return fields;
        } else if (c == '"' && field.length() == 0 && !afterQuote) {
          quoted = true;
        } else {
          field.append((char) c);
        }
        c = in.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the file or stream. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.commerceclients.kibo.importexport.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file an export produced, one row at a time: each row becomes a map from header to
 * value, in header order. Quoted fields may hold commas, quotes and new lines; a UTF-8 byte order
 * mark is skipped; bytes that are not UTF-8 become U+FFFD; a row shorter than the header is padded
 * with empty values. Values are returned exactly as written (no number parsing); split multi-value
 * fields with {@link KiboCsv#splitMultiValue(String)}. A header that repeats a column name (exactly,
 * the empty name included) is refused with {@link CsvFormatException} at line 1: its row maps could
 * hold only one of the values.
 *
 * <p>What one line may hold in memory is capped by {@link CsvReadLimits} (by default 1 MiB
 * characters a value, 4 MiB a record, 10,000 header columns): an unterminated quote or a huge line
 * throws {@link CsvFormatException} naming the line where the record starts, instead of filling the
 * heap. Lines are counted at every line break (CR, LF or CRLF), inside quoted values too. Parsing
 * is done by Jackson's streaming CSV parser.
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

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final CsvFactory DEFAULT_FACTORY = factory(CsvReadLimits.defaults());

  private final CsvParser parser;
  private final CsvReadLimits limits;
  private final List<String> header;
  private long recordLine = 1;
  private boolean iterated;

  private KiboCsvReader(Reader in, CsvReadLimits limits) {
    this.limits = limits;
    CsvFactory factory = limits == CsvReadLimits.defaults() ? DEFAULT_FACTORY : factory(limits);
    try {
      this.parser = factory.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parser.setSchema(CsvSchema.emptySchema());
    try {
      List<String> first = readRecord(limits.maxColumns(), "the header has more than "
          + limits.maxColumns() + " columns (CsvReadLimits.maxColumns)");
      this.header = first == null ? List.of() : Collections.unmodifiableList(first);
      Set<String> names = new HashSet<>();
      for (String name : header) {
        if (!names.add(name)) {
          throw new CsvFormatException("the header repeats the column '" + name + "'; each column name must"
              + " be unique, since a row is read as a map from column name to value", recordLine);
        }
      }
    } catch (RuntimeException e) {
      closeQuietly(e);
      throw e;
    }
  }

  private static CsvFactory factory(CsvReadLimits limits) {
    return CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxFieldChars()).build())
        .build();
  }

  /**
   * Opens {@code file} and reads its header, with the default {@link CsvReadLimits}.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws CsvFormatException if the header is malformed, over a limit or repeats a column name
   */
  public static KiboCsvReader open(Path file) {
    return open(file, CsvReadLimits.defaults());
  }

  /**
   * Opens {@code file} and reads its header, with the given limits.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws CsvFormatException if the header is malformed, over a limit or repeats a column name
   */
  public static KiboCsvReader open(Path file, CsvReadLimits limits) {
    InputStream stream;
    try {
      stream = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return open(stream, limits);
  }

  /**
   * Reads the header from {@code stream} (UTF-8) with the default {@link CsvReadLimits}; closing
   * the reader closes the stream.
   *
   * @throws CsvFormatException if the header is malformed, over a limit or repeats a column name
   */
  public static KiboCsvReader open(InputStream stream) {
    return open(stream, CsvReadLimits.defaults());
  }

  /**
   * Reads the header from {@code stream} (UTF-8) with the given limits; closing the reader closes
   * the stream.
   *
   * @throws CsvFormatException if the header is malformed, over a limit or repeats a column name
   */
  public static KiboCsvReader open(InputStream stream, CsvReadLimits limits) {
    PushbackReader reader = new PushbackReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1);
    try {
      int first = reader.read();
      if (first >= 0 && first != BYTE_ORDER_MARK) {
        reader.unread(first);
      }
    } catch (IOException e) {
      try {
        reader.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw new UncheckedIOException(e);
    }
    return new KiboCsvReader(reader, limits);
  }

  /**
   * Returns the header of {@code file} without reading further.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws CsvFormatException if the header is malformed, over a limit or repeats a column name
   */
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
   * Returns the rows; the file can be iterated once. The iterator throws {@link
   * CsvFormatException} for a malformed row or one over a limit.
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
      private @Nullable Map<String, String> next;

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

  /**
   * Returns the rows as a sequential stream; close the reader when done.
   *
   * @throws CsvFormatException while streaming, if a row is malformed or over a limit
   */
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

  private @Nullable Map<String, String> readRow() {
    while (true) {
      List<String> values = readRecord(header.size(), null);
      if (values == null) {
        return null;
      }
      if (values.size() == 1 && values.get(0).isEmpty()) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < values.size() ? values.get(i) : "");
      }
      return Collections.unmodifiableMap(row);
    }
  }

  /**
   * Reads one record of at most {@code maxValues} values, or returns null at the end of the input.
   * {@code tooMany} is the message for a longer record; null words it for a data row.
   */
  private @Nullable List<String> readRecord(int maxValues, @Nullable String tooMany) {
    JsonToken token = next();
    if (token == null) {
      return null;
    }
    recordLine = parser.currentLocation().getLineNr();
    List<String> values = new ArrayList<>();
    long chars = 0;
    for (token = next(); token == JsonToken.VALUE_STRING; token = next()) {
      if (values.size() >= maxValues) {
        throw new CsvFormatException(tooMany != null ? tooMany
            : "row has more values than the " + header.size() + " columns of the header", recordLine);
      }
      String value = text();
      chars += value.length();
      if (chars > limits.maxRecordChars()) {
        throw new CsvFormatException("the record holds more than " + limits.maxRecordChars()
            + " characters (CsvReadLimits.maxRecordChars)", recordLine);
      }
      values.add(value);
    }
    return values;
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable JsonToken next() {
    try {
      return parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw new CsvFormatException("a value is longer than " + limits.maxFieldChars()
          + " characters (CsvReadLimits.maxFieldChars)", recordLine);
    } catch (JsonProcessingException e) {
      String problem = e.getOriginalMessage();
      throw new CsvFormatException(problem.startsWith("Missing closing quote")
          ? "unterminated quoted field" : problem.lines().findFirst().orElse(problem), recordLine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the file or stream. */
  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeQuietly(RuntimeException failure) {
    try {
      parser.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}

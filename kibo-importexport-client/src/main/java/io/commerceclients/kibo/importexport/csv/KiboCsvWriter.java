package io.commerceclients.kibo.importexport.csv;

import io.commerceclients.core.validation.ValidationException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one resource's CSV file in Kibo's format, row by row, without holding rows in memory:
 * UTF-8, a header line, RFC 4180 quoting, CRLF between rows, carriage returns between the values of
 * a multi-value field, numbers never in scientific notation.
 *
 * <p>The header holds the resource's required fields, then the extra columns asked for. A row that
 * leaves a required field empty, or names a column not in the header, is refused before anything
 * of it is written.
 *
 * <pre>{@code
 * try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS)
 *     .columns("SalePrice", "UPC")
 *     .open(dir.resolve(KiboResource.PRODUCTS.fileName()))) {
 *   csv.writeRow(Map.of("MasterCatalogName", "Main", "ProductCode", "00123", ...));
 * }
 * }</pre>
 */
public final class KiboCsvWriter implements Closeable {

  private final KiboResource resource;
  private final List<String> header;
  private final Set<String> headerLookup;
  private final Writer out;
  private long rows;

  private KiboCsvWriter(KiboResource resource, List<String> header, Writer out) {
    this.resource = resource;
    this.header = header;
    this.headerLookup = Set.copyOf(header);
    this.out = out;
  }

  /** Starts a writer for {@code resource}; its required fields are always in the header. */
  public static Options forResource(KiboResource resource) {
    return new Options(Objects.requireNonNull(resource, "resource"));
  }

  /** Returns the header this writer wrote. */
  public List<String> header() {
    return header;
  }

  /** Returns the number of data rows written so far. */
  public long rowCount() {
    return rows;
  }

  /**
   * Writes one row; values are formatted by {@link KiboCsv#format(Object)}, so a collection
   * becomes a multi-value field and a missing key an empty field.
   *
   * @throws ValidationException naming resource, row number (1 is the first data row) and
   *     field, if the row is null, a required field is missing or blank, a key is null or not a
   *     column of the header, a value of a multi-value field contains a line break, or a value
   *     holds an unpaired surrogate (UTF-8 cannot encode it: it would be written as {@code ?})
   * @throws UncheckedIOException if the underlying stream fails
   */
  public void writeRow(Map<String, ?> row) {
    long rowNumber = rows + 1;
    if (row == null) {
      throw new ValidationException(resource + " row " + rowNumber, "the row is null");
    }
    for (String key : row.keySet()) {
      if (key == null) {
        throw new ValidationException(resource + " row " + rowNumber, "a column name is null");
      }
      if (!headerLookup.contains(key)) {
        throw new ValidationException(
            resource + " row " + rowNumber, "column '" + key + "' is not in the header " + header);
      }
    }
    List<String> values = new ArrayList<>(header.size());
    for (String column : header) {
      String value;
      try {
        value = KiboCsv.format(row.get(column));
      } catch (ValidationException e) {
        throw new ValidationException(resource + " row " + rowNumber, "column '" + column + "' " + e.getMessage());
      }
      int unpaired = unpairedSurrogate(value);
      if (unpaired >= 0) {
        throw new ValidationException(resource + " row " + rowNumber, "column '" + column
            + "' holds an unpaired surrogate at index " + unpaired + ", which UTF-8 cannot encode");
      }
      if (value.isBlank() && resource.requiredFields().contains(column)) {
        throw new ValidationException(
            resource + " row " + rowNumber, "required field '" + column + "' is missing");
      }
      values.add(value);
    }
    writeLine(values);
    rows++;
  }

  /**
   * Writes every row of {@code rowsToWrite} in order, as {@link #writeRow(Map)} does.
   *
   * @throws ValidationException as {@link #writeRow(Map)}, or if {@code rowsToWrite} is null
   */
  public void writeRows(Iterable<? extends Map<String, ?>> rowsToWrite) {
    if (rowsToWrite == null) {
      throw new ValidationException(resource + " rows", "must not be null");
    }
    for (Map<String, ?> row : rowsToWrite) {
      writeRow(row);
    }
  }

  /** Returns the index of the first surrogate in {@code text} that is not half of a pair, or -1. */
  private static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private void writeLine(List<String> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(KiboCsv.quote(values.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes and closes the file or stream. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The columns of a writer before it is opened. */
  public static final class Options {
    private final KiboResource resource;
    private final Set<String> columns = new LinkedHashSet<>();

    private Options(KiboResource resource) {
      this.resource = resource;
      columns.addAll(resource.requiredFields());
    }

    /**
     * Adds columns after the required fields, usually optional fields of the resource; columns
     * outside Kibo's field list are accepted too (Kibo's own exports carry some).
     *
     * @throws ValidationException if a column is blank, repeats another ignoring case or holds an
     *     unpaired surrogate
     */
    public Options columns(Collection<String> extra) {
      for (String column : extra) {
        if (column == null || column.isBlank()) {
          throw new ValidationException(resource + " columns", "a column name must not be blank");
        }
        if (unpairedSurrogate(column) >= 0) {
          throw new ValidationException(resource + " columns",
              "column '" + column + "' holds an unpaired surrogate, which UTF-8 cannot encode");
        }
        if (!columns.contains(column)) {
          for (String existing : columns) {
            if (existing.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
              throw new ValidationException(
                  resource + " columns", "column '" + column + "' repeats '" + existing + "'");
            }
          }
          columns.add(column);
        }
      }
      return this;
    }

    /** Adds columns after the required fields, as {@link #columns(Collection)} does. */
    public Options columns(String... extra) {
      return columns(List.of(extra));
    }

    /** Adds every optional field of the resource as a column. */
    public Options allOptionalColumns() {
      return columns(resource.optionalFields());
    }

    /**
     * Creates (or replaces) {@code file} and writes the header.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public KiboCsvWriter open(Path file) {
      try {
        return open(Files.newOutputStream(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the header to {@code stream}; closing the writer closes the stream. */
    public KiboCsvWriter open(OutputStream stream) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      KiboCsvWriter csv = new KiboCsvWriter(resource, List.copyOf(columns), writer);
      csv.writeLine(csv.header);
      return csv;
    }
  }
}

package io.commerceclients.kibo.importexport.csv;

import io.commerceclients.core.internal.validation.Check;

/**
 * The caps {@link KiboCsvReader} puts on what one line of a file may make it hold in memory, so
 * that an unterminated quote or a huge line ends in a {@link CsvFormatException} instead of filling
 * the heap. Lengths are counted in characters (UTF-16 units) of the values read.
 *
 * <pre>{@code
 * KiboCsvReader.open(file, CsvReadLimits.defaults().withMaxFieldChars(8 << 20).withMaxRecordChars(32 << 20));
 * }</pre>
 */
public final class CsvReadLimits {

  /** The default cap on one value: 1 MiB characters (1,048,576). */
  public static final int DEFAULT_MAX_FIELD_CHARS = 1 << 20;

  /** The default cap on all the values of one record together: 4 MiB characters (4,194,304). */
  public static final int DEFAULT_MAX_RECORD_CHARS = 4 << 20;

  /** The default cap on the number of columns of the header: 10,000. */
  public static final int DEFAULT_MAX_COLUMNS = 10_000;

  private static final CsvReadLimits DEFAULTS =
      new CsvReadLimits(DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_COLUMNS);

  private final int maxFieldChars;
  private final int maxRecordChars;
  private final int maxColumns;

  private CsvReadLimits(int maxFieldChars, int maxRecordChars, int maxColumns) {
    this.maxFieldChars = maxFieldChars;
    this.maxRecordChars = maxRecordChars;
    this.maxColumns = maxColumns;
  }

  /** Returns the default limits: 1 MiB characters a value, 4 MiB a record, 10,000 columns. */
  public static CsvReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another cap on one value, in characters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code chars} is below 1
   */
  public CsvReadLimits withMaxFieldChars(int chars) {
    Check.inRange(chars, 1, Integer.MAX_VALUE, "maxFieldChars");
    return new CsvReadLimits(chars, maxRecordChars, maxColumns);
  }

  /**
   * Returns these limits with another cap on all the values of one record together, in characters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code chars} is below 1
   */
  public CsvReadLimits withMaxRecordChars(int chars) {
    Check.inRange(chars, 1, Integer.MAX_VALUE, "maxRecordChars");
    return new CsvReadLimits(maxFieldChars, chars, maxColumns);
  }

  /**
   * Returns these limits with another cap on the number of header columns.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code columns} is below 1
   */
  public CsvReadLimits withMaxColumns(int columns) {
    Check.inRange(columns, 1, Integer.MAX_VALUE, "maxColumns");
    return new CsvReadLimits(maxFieldChars, maxRecordChars, columns);
  }

  /** Returns the cap on one value, in characters. */
  public int maxFieldChars() {
    return maxFieldChars;
  }

  /** Returns the cap on all the values of one record together, in characters. */
  public int maxRecordChars() {
    return maxRecordChars;
  }

  /** Returns the cap on the number of header columns. */
  public int maxColumns() {
    return maxColumns;
  }

  @Override
  public String toString() {
    return "CsvReadLimits{maxFieldChars=" + maxFieldChars + ", maxRecordChars=" + maxRecordChars
        + ", maxColumns=" + maxColumns + "}";
  }
}

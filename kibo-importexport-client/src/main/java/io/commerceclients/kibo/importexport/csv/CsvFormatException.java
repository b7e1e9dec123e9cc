package io.commerceclients.kibo.importexport.csv;

/** Thrown when a CSV file cannot be read: an unterminated quote, or a row with too many values. */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long line;

  /** Creates the exception for a problem found at {@code line} (1 is the header line). */
  public CsvFormatException(String message, long line) {
    super(message + " (line " + line + ")");
    this.line = line;
  }

  /** Returns the line, counted from 1, where the problem was found. */
  public long line() {
    return line;
  }
}

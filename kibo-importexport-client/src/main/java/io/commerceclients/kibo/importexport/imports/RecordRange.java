package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.kibo.importexport.csv.KiboResource;
import org.immutables.value.Value;

/**
 * Consecutive data rows of one resource's CSV file, numbered from 1 (the first row after the
 * header; blank lines are not counted), as a one-call import sends them in one job. An empty range
 * ({@code lastRow == firstRow - 1}) stands for a CSV file with a header and no rows.
 */
@Value.Immutable
public interface RecordRange {

  /** Returns the range of {@code resource} from {@code firstRow} to {@code lastRow}, both included. */
  static RecordRange of(KiboResource resource, long firstRow, long lastRow) {
    return ImmutableRecordRange.builder().resource(resource).firstRow(firstRow).lastRow(lastRow).build();
  }

  /** The resource whose CSV file holds the rows. */
  KiboResource resource();

  /** The first row, from 1. */
  long firstRow();

  /** The last row, included; {@code firstRow - 1} for an empty range. */
  long lastRow();

  /** Returns the number of rows in the range. */
  default long count() {
    return lastRow() - firstRow() + 1;
  }

  /** Checks the bounds. */
  @Value.Check
  default void check() {
    if (firstRow() < 1 || lastRow() < firstRow() - 1) {
      throw new IllegalArgumentException("invalid rows " + firstRow() + "-" + lastRow() + " of " + resource());
    }
  }

  /** Returns {@code CustomerAccounts rows 1-100000} (or {@code CustomerSegments (no rows)}). */
  default String describe() {
    return count() == 0 ? resource() + " (no rows)" : resource() + " rows " + firstRow() + "-" + lastRow();
  }
}

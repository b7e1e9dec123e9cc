package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a successful one-call import: every job it ran, in order, with its upload, log
 * and rows. An import runs one job, except a customer import of more than {@link
 * ImportRequest#maxCustomerRecordsPerJob()} records, which runs several one after the other.
 */
@Value.Immutable
public interface ImportResult {

  /** Returns a builder. */
  static ImmutableImportResult.Builder builder() {
    return ImmutableImportResult.builder();
  }

  /** The jobs the import ran, in the order they ran; at least one. */
  List<ImportJobReport> jobs();

  /** Returns the last (usually the only) finished job. */
  default ImportJob job() {
    return last().job();
  }

  /** Returns the ZIP the last (usually the only) job read. */
  default DropLocation upload() {
    return last().upload();
  }

  /** Returns the downloaded log of the last (usually the only) job; empty if Kibo attached none. */
  default Optional<Path> log() {
    return last().log();
  }

  /** Returns the number of rows the jobs carried (0 when the rows were not counted: catalog imports). */
  default long recordCount() {
    return jobs().stream().flatMap(j -> j.records().stream()).mapToLong(RecordRange::count).sum();
  }

  /** Reads the downloaded logs of every job, in job order, into rows (header to value). */
  default List<Map<String, String>> readLog() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (ImportJobReport report : jobs()) {
      if (report.log().isPresent()) {
        try (KiboCsvReader reader = KiboCsvReader.open(report.log().get())) {
          rows.addAll(reader.readAll());
        }
      }
    }
    return rows;
  }

  private ImportJobReport last() {
    return jobs().get(jobs().size() - 1);
  }

  /** Checks that there is at least one job. */
  @Value.Check
  default void check() {
    if (jobs().isEmpty()) {
      throw new IllegalStateException("an import result needs at least one job");
    }
  }
}

package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of a successful one-call import: the finished job, the upload, and its log. */
@Value.Immutable
public interface ImportResult {

  /** Returns a builder. */
  static ImmutableImportResult.Builder builder() {
    return ImmutableImportResult.builder();
  }

  /** The finished job. */
  ImportJob job();

  /** The uploaded ZIP. */
  DropLocation upload();

  /** The job's log CSV, downloaded; empty if Kibo attached none. */
  Optional<Path> log();

  /** Reads the downloaded log into rows (header to value); empty if there is no log. */
  default List<Map<String, String>> readLog() {
    if (log().isEmpty()) {
      return List.of();
    }
    try (KiboCsvReader reader = KiboCsvReader.open(log().get())) {
      return reader.readAll();
    }
  }
}

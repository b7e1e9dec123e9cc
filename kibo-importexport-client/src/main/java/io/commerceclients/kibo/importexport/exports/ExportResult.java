package io.commerceclients.kibo.importexport.exports;

import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.model.ExportJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of a one-call export: the finished job, the saved ZIP and any extracted CSVs. */
@Value.Immutable
public interface ExportResult {

  /** Returns a builder. */
  static ImmutableExportResult.Builder builder() {
    return ImmutableExportResult.builder();
  }

  /** The finished job. */
  ExportJob job();

  /** The saved ZIP. */
  Path zipFile();

  /** The extracted CSV files; empty unless the request asked to unzip. */
  List<Path> csvFiles();

  /** Returns the extracted CSV file of {@code resource}, matched by file name ignoring case. */
  default Optional<Path> csvFile(KiboResource resource) {
    return csvFiles().stream()
        .filter(p -> KiboResource.fromFileName(p.getFileName().toString())
            .filter(resource::equals).isPresent())
        .findFirst();
  }

  /**
   * Opens the extracted CSV of {@code resource} for reading; close the reader.
   *
   * @throws IllegalArgumentException if the export holds no CSV file for the resource
   */
  default KiboCsvReader open(KiboResource resource) {
    return KiboCsvReader.open(csvFile(resource).orElseThrow(() ->
        new IllegalArgumentException("the export holds no CSV file for " + resource)));
  }
}

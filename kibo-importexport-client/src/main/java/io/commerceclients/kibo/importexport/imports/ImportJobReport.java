package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One job of a one-call import: the finished job, the ZIP it read, its log and the rows it carried. */
@Value.Immutable
public interface ImportJobReport {

  /** Returns a builder. */
  static ImmutableImportJobReport.Builder builder() {
    return ImmutableImportJobReport.builder();
  }

  /** The finished job. */
  ImportJob job();

  /** The uploaded ZIP the job read; it always has an id. */
  DropLocation upload();

  /** The job's log CSV, downloaded; empty if Kibo attached none. */
  Optional<Path> log();

  /**
   * The rows the job carried, resource by resource in processing order. Counted for customer
   * imports only; empty for other domains, whose rows are not read before the upload.
   */
  List<RecordRange> records();
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An export job as Kibo reports it. Once it succeeds, {@link #exportFile()} is the ZIP of CSV
 * files it produced (it can appear a few seconds after {@code isComplete}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExportJob.class)
@JsonDeserialize(builder = ImmutableExportJob.Builder.class)
public interface ExportJob extends KiboJob {

  /** Returns a builder. */
  static ImmutableExportJob.Builder builder() {
    return ImmutableExportJob.builder();
  }

  @Override
  List<ExportResource> resources();

  /** When the export ran. */
  Optional<OffsetDateTime> exportDate();

  /** Returns the ZIP of CSV files the export produced, if it has appeared yet. */
  default Optional<DropLocation> exportFile() {
    return file(FileType.EXPORT);
  }
}

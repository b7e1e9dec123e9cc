package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One resource of an export job as Kibo reports it, with its own status. */
@Value.Immutable
@JsonSerialize(as = ImmutableExportResource.class)
@JsonDeserialize(builder = ImmutableExportResource.Builder.class)
public interface ExportResource extends JobResource {

  /** Returns a builder. */
  static ImmutableExportResource.Builder builder() {
    return ImmutableExportResource.builder();
  }

  /** The filter the export applied, in Kibo's filter syntax. */
  Optional<String> filter();
}

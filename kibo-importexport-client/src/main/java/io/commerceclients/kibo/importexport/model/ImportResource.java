package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One resource of an import job as Kibo reports it, with its own status. */
@Value.Immutable
@JsonSerialize(as = ImmutableImportResource.class)
@JsonDeserialize(builder = ImmutableImportResource.Builder.class)
public interface ImportResource extends JobResource {

  /** Returns a builder. */
  static ImmutableImportResource.Builder builder() {
    return ImmutableImportResource.builder();
  }

  /** True if rows absent from the CSV were deleted from Kibo (a full import). */
  Optional<Boolean> deleteOmitted();

  /** True if system-calculated values may be overwritten by the import. */
  Optional<Boolean> allowSyscalcValueUpdates();
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One resource a new import job should read from the uploaded ZIP. */
@Value.Immutable
@JsonSerialize(as = ImmutableImportResourceRequest.class)
@JsonDeserialize(builder = ImmutableImportResourceRequest.Builder.class)
public interface ImportResourceRequest {

  /** Returns a builder. */
  static ImmutableImportResourceRequest.Builder builder() {
    return ImmutableImportResourceRequest.builder();
  }

  /** Returns a request for {@code resource} with Kibo's defaults (no deletion of omitted rows). */
  static ImportResourceRequest of(KiboResource resource) {
    return builder().resource(resource).build();
  }

  /** The resource to import; its CSV file in the ZIP is named after it. */
  KiboResource resource();

  /** The CSV format, for example {@code Legacy}; absent lets Kibo choose. */
  Optional<String> format();

  /**
   * True to delete from Kibo every record of this resource that the CSV omits (a full import).
   * Kibo's default is false.
   */
  Optional<Boolean> deleteOmitted();

  /** The columns to import; empty imports the columns of the CSV. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> fields();

  /** True to let the import overwrite system-calculated values. */
  Optional<Boolean> allowSyscalcValueUpdates();

  /** Free-form resource configuration: any JSON value (see {@link JobConfiguration}). */
  Optional<JobConfiguration> configuration();
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One resource a new export job should write to its ZIP. */
@Value.Immutable
@JsonSerialize(as = ImmutableExportResourceRequest.class)
@JsonDeserialize(builder = ImmutableExportResourceRequest.Builder.class)
public interface ExportResourceRequest {

  /** Returns a builder. */
  static ImmutableExportResourceRequest.Builder builder() {
    return ImmutableExportResourceRequest.builder();
  }

  /** Returns a request for {@code resource} with its default fields. */
  static ExportResourceRequest of(KiboResource resource) {
    return builder().resource(resource).build();
  }

  /** The resource to export. */
  KiboResource resource();

  /** The CSV format, for example {@code Legacy}; absent lets Kibo choose. */
  Optional<String> format();

  /** A filter in Kibo's filter syntax, for example {@code ProductCode eq 'A-1'}. */
  Optional<String> filter();

  /**
   * The fields to export besides the defaults: optional fields are exported only when named here
   * (see {@link KiboResource#optionalFields()}).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> fields();

  /** Free-form resource configuration: any JSON value (see {@link JobConfiguration}). */
  Optional<JobConfiguration> configuration();
}

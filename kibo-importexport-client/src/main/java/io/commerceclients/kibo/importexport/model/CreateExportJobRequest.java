package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The body of {@code POST /platform/data/export}: the domain and the resources to export. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateExportJobRequest.class)
@JsonDeserialize(builder = ImmutableCreateExportJobRequest.Builder.class)
public interface CreateExportJobRequest {

  /** Returns a builder; domain and at least one resource are required. */
  static ImmutableCreateExportJobRequest.Builder builder() {
    return ImmutableCreateExportJobRequest.builder();
  }

  /** A name shown in Kibo's admin. */
  Optional<String> name();

  /** The data domain. */
  Domain domain();

  /** The resources to export. */
  List<ExportResourceRequest> resources();

  /** The CSV format of the job, for example {@code Legacy}. */
  Optional<String> format();

  /** The catalog, site, locale or currency to export from. */
  Optional<ContextOverride> contextOverride();

  /** Free-form job configuration: any JSON value (see {@link JobConfiguration}). */
  Optional<JobConfiguration> configuration();

  /**
   * Kibo's {@code responseFields}: the fields the answer should keep, comma-separated, nested with
   * dots or parentheses ({@code id,status,files(id,fileType)}); absent returns every field. Sent as
   * a query parameter, never in the body. Keep {@code id} in the list: an answer without it fails.
   */
  @JsonIgnore
  Optional<String> responseFields();
}

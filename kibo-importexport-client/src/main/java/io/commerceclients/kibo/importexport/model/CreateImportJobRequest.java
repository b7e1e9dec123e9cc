package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /platform/data/import}: which uploaded ZIP to read, in which domain, and
 * which resources to import from it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateImportJobRequest.class)
@JsonDeserialize(builder = ImmutableCreateImportJobRequest.Builder.class)
public interface CreateImportJobRequest {

  /** Returns a builder; domain, at least one resource and one file are required. */
  static ImmutableCreateImportJobRequest.Builder builder() {
    return ImmutableCreateImportJobRequest.builder();
  }

  /** A name shown in Kibo's admin. */
  Optional<String> name();

  /** The data domain. */
  Domain domain();

  /** The resources to import, in the order Kibo should process them. */
  List<ImportResourceRequest> resources();

  /** The uploaded ZIP file(s), usually {@link DropLocation#ofId(String)} of the upload. */
  List<DropLocation> files();

  /** The CSV format of the job, for example {@code Legacy}. */
  Optional<String> format();

  /** The catalog, site, locale or currency to import into; required for {@code ProductImages}. */
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

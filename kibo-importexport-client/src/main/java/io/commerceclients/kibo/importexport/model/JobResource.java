package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import java.util.List;
import java.util.Optional;

/** What import and export jobs report about each resource they process. */
public interface JobResource {

  /** The resource, for example {@link KiboResource#PRODUCTS}. */
  Optional<KiboResource> resource();

  /** The CSV format, for example {@code Legacy}. */
  Optional<String> format();

  /** The fields the job was asked to import or export. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> fields();

  /** The resource's status, free text such as {@code complete} or {@code errored}. */
  Optional<String> status();

  /** True once Kibo has finished this resource. */
  @JsonProperty("isComplete")
  Optional<Boolean> isComplete();

  /** A human-readable status message. */
  Optional<String> statusMessage();

  /** Details of the resource's processing, for example its duration or the reason it failed. */
  Optional<String> stateDetails();

  /** Free-form resource configuration: any JSON value (see {@link JobConfiguration}). */
  Optional<JobConfiguration> configuration();

  /** Returns true if this resource's status says it failed ({@code errored} or {@code failed}). */
  @JsonIgnore
  default boolean isFailed() {
    return JobStatusRules.failed(status());
  }
}

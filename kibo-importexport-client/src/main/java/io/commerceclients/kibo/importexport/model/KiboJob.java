package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * What import and export jobs have in common, and how their free-text status is read: {@code
 * isComplete == true} means Kibo has finished, {@code complete} means success, and {@code errored}
 * or {@code failed} (any case) mean failure, although the HTTP call that read the job returned
 * 200.
 */
public interface KiboJob {

  /**
   * The job id. Kibo's spec declares it nullable (and {@code responseFields} can trim it), so it is
   * optional here; creating a job whose answer lacks it fails with {@link
   * io.commerceclients.core.error.ProtocolException}.
   */
  Optional<String> id();

  /** The job's name. */
  Optional<String> name();

  /** The data domain. */
  Optional<Domain> domain();

  /** The job's status, free text: {@code pending}, {@code processing}, {@code complete}, {@code errored}... */
  Optional<String> status();

  /** A human-readable status message, usually set when the job fails. */
  Optional<String> statusMessage();

  /** More details about the status. */
  Optional<String> statusDetails();

  /** True once Kibo has finished the job, whether it succeeded or not. */
  @JsonProperty("isComplete")
  Optional<Boolean> isComplete();

  /** The per-resource progress of the job. */
  List<? extends JobResource> resources();

  /** The files of the job: the uploaded import ZIP, the export ZIP, the log. */
  List<DropLocation> files();

  /** The tenant id. */
  Optional<Integer> tenant();

  /** The id of the application or user that created the job. */
  Optional<String> requester();

  /** The CSV format, for example {@code Legacy}. */
  Optional<String> format();

  /** The catalog, site, locale or currency the job targets. */
  Optional<ContextOverride> contextOverride();

  /** Free-form job configuration: any JSON value (see {@link JobConfiguration}). */
  Optional<JobConfiguration> configuration();

  /** When and by whom the job was created and updated. */
  Optional<AuditInfo> auditInfo();

  /** Returns true if the status says the job succeeded ({@code complete}) and no resource failed. */
  @JsonIgnore
  default boolean isSucceeded() {
    return JobStatusRules.succeeded(status()) && resources().stream().noneMatch(JobResource::isFailed);
  }

  /**
   * Returns true if the status says the job failed ({@code errored} or {@code failed}, any case),
   * or if the job is complete and one of its resources failed.
   */
  @JsonIgnore
  default boolean isFailed() {
    return JobStatusRules.failed(status())
        || (isDone() && resources().stream().anyMatch(JobResource::isFailed));
  }

  /** Returns true if the status says the job was cancelled. */
  @JsonIgnore
  default boolean isCancelled() {
    return JobStatusRules.cancelled(status());
  }

  /** Returns true once Kibo has finished the job: {@code isComplete} or a final status. */
  @JsonIgnore
  default boolean isDone() {
    return isComplete().orElse(false)
        || JobStatusRules.succeeded(status())
        || JobStatusRules.failed(status())
        || JobStatusRules.cancelled(status());
  }

  /**
   * Returns the first file of {@code type} attached to the job that has an id, or else the first
   * file of that type, if any.
   */
  default Optional<DropLocation> file(FileType type) {
    Optional<DropLocation> first = Optional.empty();
    for (DropLocation f : files()) {
      if (f.fileType().filter(type::equals).isPresent()) {
        if (f.id().isPresent()) {
          return Optional.of(f);
        }
        first = first.isPresent() ? first : Optional.of(f);
      }
    }
    return first;
  }

  /** Returns the processing log the job wrote, if it has appeared yet. */
  @JsonIgnore
  default Optional<DropLocation> logFile() {
    return file(FileType.LOG);
  }
}

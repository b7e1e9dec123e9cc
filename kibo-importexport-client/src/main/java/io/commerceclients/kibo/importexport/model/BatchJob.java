package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A batch job as Kibo reports it: a named set of catalog changes (its items) that runs when it is
 * started. Every field is optional, the code too, since Kibo's spec marks them nullable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJob.class)
@JsonDeserialize(builder = ImmutableBatchJob.Builder.class)
public interface BatchJob {

  /** Returns a builder. */
  static ImmutableBatchJob.Builder builder() {
    return ImmutableBatchJob.builder();
  }

  /** The job's code, which identifies it in every other call. */
  Optional<String> code();

  /** The job's name. */
  Optional<String> name();

  /** The tenant id. */
  Optional<Integer> tenantId();

  /** The data domain. */
  Optional<BatchDomain> domain();

  /** The job's status. */
  Optional<BatchJobStatus> status();

  /** When the job is scheduled to run. */
  Optional<OffsetDateTime> scheduledDate();

  /** When the job was started. */
  Optional<OffsetDateTime> dateStarted();

  /** When and by whom the job was created and last updated. */
  Optional<AuditInfo> auditInfo();
}

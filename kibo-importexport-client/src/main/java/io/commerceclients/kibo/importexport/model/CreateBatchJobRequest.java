package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /platform/data/batchJob}: the fields of a batch job a caller sets. Kibo's
 * spec requires none of them; without a code Kibo assigns one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateBatchJobRequest.class)
@JsonDeserialize(builder = ImmutableCreateBatchJobRequest.Builder.class)
public interface CreateBatchJobRequest {

  /** Returns a builder; every field is optional. */
  static ImmutableCreateBatchJobRequest.Builder builder() {
    return ImmutableCreateBatchJobRequest.builder();
  }

  /** The job's code, used in every later call; Kibo assigns one when absent. */
  Optional<String> code();

  /** A name shown in Kibo's admin. */
  Optional<String> name();

  /** The data domain; {@code Catalog}, the only one Kibo's spec names, by default. */
  @Value.Default
  default BatchDomain domain() {
    return BatchDomain.CATALOG;
  }

  /** When the job should run. */
  Optional<OffsetDateTime> scheduledDate();
}

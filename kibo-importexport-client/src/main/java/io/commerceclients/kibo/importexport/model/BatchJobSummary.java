package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A batch job's status with its item counts per resource type and processing status. */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobSummary.class)
@JsonDeserialize(builder = ImmutableBatchJobSummary.Builder.class)
public interface BatchJobSummary {

  /** Returns a builder. */
  static ImmutableBatchJobSummary.Builder builder() {
    return ImmutableBatchJobSummary.builder();
  }

  /** The job's code. */
  Optional<String> code();

  /** The job's name. */
  Optional<String> name();

  /** The job's status. */
  Optional<BatchJobStatus> status();

  /** When the job is scheduled to run. */
  Optional<OffsetDateTime> scheduledDate();

  /** When the job was started. */
  Optional<OffsetDateTime> dateStarted();

  /** The item counts of each resource type. */
  List<BatchJobResourceSummary> resources();

  /** Returns how many items of every resource type have {@code status}. */
  default long count(BatchJobItemStatus status) {
    return resources().stream().mapToLong(r -> r.count(status)).sum();
  }

  /** Returns how many items the job holds, whatever their status. */
  default long itemCount() {
    return resources().stream()
        .flatMap(r -> r.counts().stream())
        .mapToLong(c -> c.count().orElse(0L))
        .sum();
  }

  /** Returns how many items failed, in processing or in validation. */
  default long failedItemCount() {
    return resources().stream()
        .flatMap(r -> r.counts().stream())
        .filter(c -> c.status().map(BatchJobItemStatus::isFailure).orElse(false))
        .mapToLong(c -> c.count().orElse(0L))
        .sum();
  }
}

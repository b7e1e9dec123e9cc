package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The item counts of one resource type in a batch job, by processing status. */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobResourceSummary.class)
@JsonDeserialize(builder = ImmutableBatchJobResourceSummary.Builder.class)
public interface BatchJobResourceSummary {

  /** Returns a builder. */
  static ImmutableBatchJobResourceSummary.Builder builder() {
    return ImmutableBatchJobResourceSummary.builder();
  }

  /** The resource type, such as {@code Products}. */
  Optional<BatchResourceType> resourceType();

  /** The counts by processing status. */
  List<BatchJobItemCount> counts();

  /** Returns how many items of this resource type have {@code status}; 0 if Kibo reports none. */
  default long count(BatchJobItemStatus status) {
    return counts().stream()
        .filter(c -> c.status().filter(status::equals).isPresent())
        .mapToLong(c -> c.count().orElse(0L))
        .sum();
  }
}

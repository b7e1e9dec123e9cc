package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** How many items of one resource type have one processing status ({@code ProcessingCount} in Kibo's spec). */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobItemCount.class)
@JsonDeserialize(builder = ImmutableBatchJobItemCount.Builder.class)
public interface BatchJobItemCount {

  /** Returns a builder. */
  static ImmutableBatchJobItemCount.Builder builder() {
    return ImmutableBatchJobItemCount.builder();
  }

  /** The processing status counted. */
  Optional<BatchJobItemStatus> status();

  /** The number of items with that status. */
  Optional<Long> count();
}

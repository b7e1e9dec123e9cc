package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One page of batch job summaries ({@code BatchJobSummaryCollection} in Kibo's spec). */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobSummaryCollection.class)
@JsonDeserialize(builder = ImmutableBatchJobSummaryCollection.Builder.class)
public interface BatchJobSummaryCollection extends KiboCollection<BatchJobSummary> {

  /** Returns a builder. */
  static ImmutableBatchJobSummaryCollection.Builder builder() {
    return ImmutableBatchJobSummaryCollection.builder();
  }

  @Override
  List<BatchJobSummary> items();
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One page of batch jobs ({@code BatchJobCollection} in Kibo's spec). */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobCollection.class)
@JsonDeserialize(builder = ImmutableBatchJobCollection.Builder.class)
public interface BatchJobCollection extends KiboCollection<BatchJob> {

  /** Returns a builder. */
  static ImmutableBatchJobCollection.Builder builder() {
    return ImmutableBatchJobCollection.builder();
  }

  @Override
  List<BatchJob> items();
}

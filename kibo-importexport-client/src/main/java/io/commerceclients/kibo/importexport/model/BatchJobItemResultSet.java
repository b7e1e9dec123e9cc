package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One page of batch job items ({@code BatchJobItemResultSet} in Kibo's spec). */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobItemResultSet.class)
@JsonDeserialize(builder = ImmutableBatchJobItemResultSet.Builder.class)
public interface BatchJobItemResultSet extends KiboCollection<BatchJobItem> {

  /** Returns a builder. */
  static ImmutableBatchJobItemResultSet.Builder builder() {
    return ImmutableBatchJobItemResultSet.builder();
  }

  @Override
  List<BatchJobItem> items();
}

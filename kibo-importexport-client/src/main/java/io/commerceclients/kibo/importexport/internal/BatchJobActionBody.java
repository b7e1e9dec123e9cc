package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import org.immutables.value.Value;

/** The body of {@code POST /platform/data/batchJob/actions/{code}}: {@code {"action": "Start"}}. */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobActionBody.class)
@JsonDeserialize(builder = ImmutableBatchJobActionBody.Builder.class)
interface BatchJobActionBody {

  /** Returns the body for {@code action}. */
  static BatchJobActionBody of(BatchJobActionType action) {
    return ImmutableBatchJobActionBody.builder().action(action).build();
  }

  /** The action to perform. */
  BatchJobActionType action();
}

package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The body of {@code PUT /platform/data/batchJob/{code}}: Kibo only lets a job's name change. The
 * code names the job and is sent in the path and the body.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateBatchJobRequest.class)
@JsonDeserialize(builder = ImmutableUpdateBatchJobRequest.Builder.class)
public interface UpdateBatchJobRequest {

  /** Returns a builder; code and name are required. */
  static ImmutableUpdateBatchJobRequest.Builder builder() {
    return ImmutableUpdateBatchJobRequest.builder();
  }

  /** The code of the job to change. */
  String code();

  /** The job's new name. */
  String name();
}

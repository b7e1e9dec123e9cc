package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;

/** The checks of a batch job's one-call run, shared by the blocking and the asynchronous service. */
final class BatchJobRuns {
  private BatchJobRuns() {}

  /**
   * Checks {@code request}.
   *
   * @throws io.commerceclients.core.validation.ValidationException naming the field
   */
  static void check(BatchJobRunRequest request) {
    Check.required(request, "request");
    BatchJobOps.checkCode(request.code(), "code");
    Check.inRange(request.maxFailedItems(), 1, Integer.MAX_VALUE, "maxFailedItems");
  }

  /** The run of the batch job {@code code} with the client's polling options. */
  static BatchJobRunRequest of(String code) {
    BatchJobOps.checkCode(code, "code");
    return BatchJobRunRequest.builder().code(code).build();
  }
}

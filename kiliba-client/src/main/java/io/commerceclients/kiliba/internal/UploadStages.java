package io.commerceclients.kiliba.internal;

import io.commerceclients.core.polling.JobState;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.util.Locale;
import java.util.Set;

/**
 * When an upload's parsing is over. Kiliba documents only {@code status: created}, {@code
 * currentStage: detect} and {@code detectionStatus: pending}; the end states below are this SDK's
 * reading of its conventions (the one place to change them):
 *
 * <ul>
 *   <li>succeeded: {@code status} is completed, succeeded, success, done, processed or published,
 *       or {@code currentStage} is done or completed;
 *   <li>failed: {@code status} or {@code detectionStatus} is failed, error, errored, rejected or
 *       cancelled;
 *   <li>anything else (created, uploaded, processing, pending, …): still in progress.
 * </ul>
 */
final class UploadStages {

  private static final Set<String> SUCCEEDED = Set.of("completed", "succeeded", "success", "done", "processed", "published");
  private static final Set<String> FINAL_STAGES = Set.of("done", "completed");
  private static final Set<String> FAILED = Set.of("failed", "error", "errored", "rejected", "cancelled", "canceled");

  private UploadStages() {}

  static JobState classify(UploadStatus status) {
    String state = lower(status.status().map(s -> s.value()).orElse(""));
    String detection = lower(status.detectionStatus().orElse(""));
    if (FAILED.contains(state) || FAILED.contains(detection)) {
      return JobState.FAILED;
    }
    if (SUCCEEDED.contains(state) || FINAL_STAGES.contains(lower(status.currentStage().orElse("")))) {
      return JobState.SUCCEEDED;
    }
    return JobState.IN_PROGRESS;
  }

  static String describe(UploadStatus status) {
    return "physical-store upload " + status.uploadId() + " (status " + status.status().map(s -> s.value()).orElse("?")
        + ", stage " + status.currentStage().orElse("?") + ")";
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}

package io.commerceclients.core.polling;

/** Where an asynchronous job stands, as a client's classifier reads it from the job. */
public enum JobState {
  /** Still running (also what an unknown status counts as). */
  IN_PROGRESS,
  /** Finished successfully: polling ends and returns the job. */
  SUCCEEDED,
  /** Finished with a failure: polling ends with {@link JobFailedException}. */
  FAILED
}

package io.commerceclients.core.polling;

/** The job finished with a failure; {@link #lastState()} is the failed job as the API returned it. */
public class JobFailedException extends PollException {

  /** Creates the exception for a failed job. */
  public JobFailedException(String message, Object failedJob) {
    super(message, failedJob, null);
  }
}

package io.commerceclients.core.polling;

import java.time.Duration;

/**
 * Sees every state a poller reads, for progress display.
 *
 * @param <J> the job type
 */
@FunctionalInterface
public interface PollListener<J> {

  /** Called after poll number {@code attempt} (1-based) read {@code job} and classified it as {@code state}. */
  void onPoll(J job, JobState state, int attempt, Duration elapsed);
}

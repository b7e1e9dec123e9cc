package io.commerceclients.core.polling;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Sees every state a poller reads, for progress display, and how the poll ended. One exception to
 * that order: an asynchronous poll cancelled from another thread while a status answer is being
 * handled may report that answer's {@link #onPoll} after {@link #onFinished}, or while it runs.
 *
 * @param <J> the job type
 */
@FunctionalInterface
public interface PollListener<J> {

  /** Called after poll number {@code attempt} (1-based) read {@code job} and classified it as {@code state}. */
  void onPoll(J job, JobState state, int attempt, Duration elapsed);

  /**
   * Called once when the poll ends, before the blocking wait returns or throws and before the
   * asynchronous future completes: {@code failure} is null when the job succeeded, else what ended
   * the poll ({@link JobFailedException}, {@link PollTimeoutException}, {@link
   * PollCancelledException}, a {@link java.util.concurrent.CancellationException} when the future
   * was cancelled, an API exception, or an {@link Error}); {@code lastJob} is the last state read,
   * null if none was. Does nothing by default; a {@code RuntimeException} it throws is logged and ignored.
   */
  default void onFinished(@Nullable J lastJob, @Nullable Throwable failure) {}
}

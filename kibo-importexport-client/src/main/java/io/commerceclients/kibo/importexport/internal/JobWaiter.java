package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.KiboJob;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waits for an import or export job on core's poller, blocking or asynchronously with the same
 * rules. A finished job whose output file ({@code export} or {@code log}) has not appeared yet, or
 * has appeared without an id, is polled a few more times, since Kibo attaches files a few seconds
 * after {@code isComplete}, but never past the wait's last poll: a job that has failed is then
 * reported as failed (without its log), and one that succeeded is returned as it is, rather than as
 * a job still running.
 */
final class JobWaiter {
  private static final LazyLogger LOG = LazyLogger.of(JobWaiter.class);
  static final int FILE_POLLS = 5;

  private JobWaiter() {}

  /** Polls with {@code fetch} on this thread until the job ends. */
  static <J extends KiboJob> J await(KiboCalls calls, String kind, String jobId, Supplier<J> fetch,
      FileType fileOnSuccess, JobWait<J> wait) {
    return poller(calls, kind, jobId, fileOnSuccess, wait).fetch(fetch).build().waitForCompletion();
  }

  /** Polls with {@code fetch} without blocking; cancelling the future stops polling. */
  static <J extends KiboJob> CompletableFuture<J> awaitAsync(KiboCalls calls, String kind, String jobId,
      Supplier<CompletableFuture<J>> fetch, FileType fileOnSuccess, JobWait<J> wait) {
    return poller(calls, kind, jobId, fileOnSuccess, wait).fetchAsync(fetch).build().waitForCompletionAsync();
  }

  private static <J extends KiboJob> JobPoller.Builder<J> poller(
      KiboCalls calls, String kind, String jobId, FileType fileOnSuccess, JobWait<J> wait) {
    int[] filePolls = {0};
    int[] polls = {0};
    PollingOptions options = wait.polling().orElse(calls.polling());
    Clock clock = calls.context().options().clock();
    Instant deadline = clock.instant().plus(options.timeout());
    Function<J, JobState> classifier = job -> {
      int attempt = ++polls[0];
      boolean lastPoll = !options.pollsAfter(attempt, clock.instant(), deadline);
      boolean failed = job.isFailed() || job.isCancelled() || (job.isDone() && !job.isSucceeded());
      if (failed) {
        return !hasFile(job, FileType.LOG) && !lastPoll && filePolls[0]++ < FILE_POLLS
            ? JobState.IN_PROGRESS : JobState.FAILED;
      }
      if (job.isSucceeded()) {
        boolean missing = fileOnSuccess != null && !hasFile(job, fileOnSuccess);
        if (missing && !lastPoll && filePolls[0]++ < FILE_POLLS) {
          LOG.get().debug("{} job {} is complete but its {} file has not appeared yet", kind, jobId, fileOnSuccess);
          return JobState.IN_PROGRESS;
        }
        return JobState.SUCCEEDED;
      }
      return JobState.IN_PROGRESS;
    };
    return JobPoller.<J>builder()
        .classifier(classifier)
        .describer(job -> kind + " job " + jobId + " (status " + job.status().orElse("?") + ")")
        .onFailure(job -> new KiboJobFailedException(kind, jobId, job, null))
        .options(options)
        .cancellation(wait.cancellation().orElseGet(PollCancellation::new))
        .listener((job, state, attempt, elapsed) -> wait.onProgress().ifPresent(c -> c.accept(job)))
        .clock(clock)
        .sleeper(calls.context().options().sleeper())
        .observer(calls.context().options().observer(), "kibo", "kibo." + kind + ".wait");
  }

  /** Returns true once the job lists a file of {@code type} with an id (one without an id cannot be read). */
  private static boolean hasFile(KiboJob job, FileType type) {
    return job.file(type).flatMap(f -> f.id()).isPresent();
  }
}

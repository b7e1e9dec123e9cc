package io.commerceclients.kibo.importexport;

import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.model.KiboJob;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How to wait for a job: the polling intervals and time limit (the client's by default), a token
 * to cancel the wait from another thread, and a callback that sees the job after every poll.
 *
 * @param <J> the job type
 */
public final class JobWait<J extends KiboJob> {
  private final @Nullable PollingOptions polling;
  private final @Nullable PollCancellation cancellation;
  private final @Nullable Consumer<? super J> onProgress;

  private JobWait(@Nullable PollingOptions polling, @Nullable PollCancellation cancellation,
      @Nullable Consumer<? super J> onProgress) {
    this.polling = polling;
    this.cancellation = cancellation;
    this.onProgress = onProgress;
  }

  /** Returns a wait with the client's polling options, no cancellation and no callback. */
  public static <J extends KiboJob> JobWait<J> defaults() {
    return new JobWait<>(null, null, null);
  }

  /** Returns a copy with these polling intervals and time limit. */
  public JobWait<J> polling(PollingOptions options) {
    return new JobWait<>(Objects.requireNonNull(options, "options"), cancellation, onProgress);
  }

  /** Returns a copy that stops waiting (not the job) once {@code token} is cancelled. */
  public JobWait<J> cancellation(PollCancellation token) {
    return new JobWait<>(polling, Objects.requireNonNull(token, "token"), onProgress);
  }

  /** Returns a copy that calls {@code callback} with the job after every poll. */
  public JobWait<J> onProgress(Consumer<? super J> callback) {
    return new JobWait<>(polling, cancellation, Objects.requireNonNull(callback, "callback"));
  }

  /** Returns the polling options, when set. */
  public Optional<PollingOptions> polling() {
    return Optional.ofNullable(polling);
  }

  /** Returns the cancellation token, when set. */
  public Optional<PollCancellation> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  /** Returns the progress callback, when set. */
  public Optional<Consumer<? super J>> onProgress() {
    return Optional.ofNullable(onProgress);
  }
}

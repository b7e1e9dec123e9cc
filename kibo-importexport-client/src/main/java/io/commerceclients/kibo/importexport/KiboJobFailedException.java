package io.commerceclients.kibo.importexport;

import io.commerceclients.core.polling.JobFailedException;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.JobResource;
import io.commerceclients.kibo.importexport.model.KiboJob;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An import or export job finished with a failure, although Kibo answered the poll with HTTP 200.
 * It carries the job as last read, its status message, the state details of each resource (where
 * Kibo says what went wrong), the id of the log file Kibo wrote and, after a one-call import, the
 * downloaded log.
 */
public class KiboJobFailedException extends JobFailedException {
  private static final long serialVersionUID = 1L;

  private final transient KiboJob job;
  private final String jobId;
  private final transient @Nullable Path log;

  /** Creates the exception for {@code job}, with the log downloaded to {@code log} (may be null). */
  public KiboJobFailedException(String kind, KiboJob job, @Nullable Path log) {
    this(kind, job.id().orElse("(id not reported)"), job, log);
  }

  /**
   * Creates the exception for the job {@code jobId} as last read ({@code job}, whose own id Kibo
   * may leave out), with the log downloaded to {@code log} (may be null).
   */
  public KiboJobFailedException(String kind, String jobId, KiboJob job, @Nullable Path log) {
    super(describe(kind, jobId, job), job);
    this.job = job;
    this.jobId = jobId;
    this.log = log;
  }

  private static String describe(String kind, String jobId, KiboJob job) {
    StringBuilder s = new StringBuilder(kind).append(" job ").append(jobId).append(" failed with status ")
        .append(job.status().orElse("(none)"));
    job.statusMessage().ifPresent(m -> s.append(": ").append(m));
    for (JobResource r : job.resources()) {
      if (r.isFailed() || r.stateDetails().isPresent() && !job.isSucceeded()) {
        s.append("; ").append(r.resource().map(Object::toString).orElse("?")).append(' ')
            .append(r.status().orElse("?"));
        r.stateDetails().ifPresent(d -> s.append(": ").append(d));
      }
    }
    job.logFile().flatMap(DropLocation::id).ifPresent(id -> s.append(" (log file ").append(id).append(')'));
    return s.toString();
  }

  /** Returns the job as last read. */
  public KiboJob job() {
    return job;
  }

  /** Returns the id of the job that failed. */
  public String jobId() {
    return jobId;
  }

  /** Returns the job's status, such as {@code errored}. */
  public Optional<String> status() {
    return job.status();
  }

  /** Returns the job's status message. */
  public Optional<String> statusMessage() {
    return job.statusMessage();
  }

  /** Returns the state details of each resource that reported some, keyed by resource name. */
  public Map<String, String> resourceDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    for (JobResource r : job.resources()) {
      r.stateDetails().ifPresent(d -> details.put(r.resource().map(Object::toString).orElse("?"), d));
    }
    return details;
  }

  /** Returns the id of the log file Kibo attached to the job, if any. */
  public Optional<String> logFileId() {
    return job.logFile().flatMap(DropLocation::id);
  }

  /** Returns the downloaded log, when the one-call import fetched it. */
  public Optional<Path> log() {
    return Optional.ofNullable(log);
  }
}

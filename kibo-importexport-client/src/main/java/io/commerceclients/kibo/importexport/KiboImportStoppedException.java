package io.commerceclients.kibo.importexport;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A one-call import that ran as several jobs (a customer import of more records than one job
 * carries) stopped at one of them: the jobs before it finished, the rest were never sent. It says
 * exactly which rows were imported, which rows the stopped job carried, and which rows were not
 * sent; its cause is the failure itself ({@link KiboJobFailedException} with the job's log, a
 * {@link io.commerceclients.core.polling.PollTimeoutException}, an HTTP error...).
 */
public class KiboImportStoppedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final int stoppedJob;
  private final int jobCount;
  private final transient List<ImportJobReport> completedJobs;
  private final transient @Nullable ImportJob failedJob;
  private final transient List<RecordRange> failedRecords;
  private final transient List<RecordRange> unsentRecords;

  /**
   * Creates the exception for job {@code stoppedJob} (from 1) of {@code jobCount}, which failed with
   * {@code cause}; {@code failedJob} is that job as last read, or null if it was never created.
   */
  public KiboImportStoppedException(int stoppedJob, int jobCount, List<ImportJobReport> completedJobs,
      @Nullable ImportJob failedJob, List<RecordRange> failedRecords, List<RecordRange> unsentRecords, Throwable cause) {
    super(describe(stoppedJob, jobCount, completedJobs, failedJob, failedRecords, unsentRecords, cause), cause);
    this.stoppedJob = stoppedJob;
    this.jobCount = jobCount;
    this.completedJobs = List.copyOf(completedJobs);
    this.failedJob = failedJob;
    this.failedRecords = List.copyOf(failedRecords);
    this.unsentRecords = List.copyOf(unsentRecords);
  }

  private static String describe(int stoppedJob, int jobCount, List<ImportJobReport> completed,
      @Nullable ImportJob failedJob, List<RecordRange> failed, List<RecordRange> unsent, Throwable cause) {
    StringBuilder s = new StringBuilder("import stopped at job ").append(stoppedJob).append(" of ")
        .append(jobCount).append(": ").append(cause.getMessage());
    List<RecordRange> imported = completed.stream().flatMap(j -> j.records().stream()).collect(Collectors.toList());
    s.append(". Imported: ").append(describe(imported));
    if (failedJob != null) {
      s.append(". Sent in job ").append(failedJob.id().orElse("(id not reported)"))
          .append(", not completed: ").append(describe(failed));
    }
    s.append(". Not sent: ").append(describe(unsent));
    return s.toString();
  }

  private static String describe(List<RecordRange> ranges) {
    return ranges.isEmpty() ? "none"
        : ranges.stream().map(RecordRange::describe).collect(Collectors.joining(", "));
  }

  /** Returns the number (from 1) of the job the import stopped at. */
  public int stoppedJob() {
    return stoppedJob;
  }

  /** Returns the number of jobs the import was split into. */
  public int jobCount() {
    return jobCount;
  }

  /** Returns the jobs that finished successfully, in order, with their rows and logs. */
  public List<ImportJobReport> completedJobs() {
    return completedJobs;
  }

  /** Returns the job the import stopped at as last read, if it was created. */
  public Optional<ImportJob> failedJob() {
    return Optional.ofNullable(failedJob);
  }

  /**
   * Returns the rows of the job the import stopped at, if that job was created: Kibo received them
   * but did not complete the job (its log, on the cause, says which rows it took).
   */
  public List<RecordRange> failedRecords() {
    return failedRecords;
  }

  /**
   * Returns the rows no job was created for: those of the jobs after the stopped one, and those of
   * the stopped job itself when its upload or creation failed. Import them again to finish.
   */
  public List<RecordRange> unsentRecords() {
    return unsentRecords;
  }
}

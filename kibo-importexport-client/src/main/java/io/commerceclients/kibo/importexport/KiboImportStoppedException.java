package io.commerceclients.kibo.importexport;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.JobCreationState;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A one-call import that ran as several jobs (a customer import of more records than one job
 * carries) stopped at one of them: the jobs before it finished, the jobs after it were never sent.
 * Every row is in exactly one of four lists: imported ({@link #completedJobs()}), sent in a job
 * Kibo created that did not complete ({@link #failedRecords()}), sent in a creation request whose
 * outcome is unknown, so Kibo may import them ({@link #uncertainRecords()}: look for the job in
 * Kibo before sending them again), and not sent ({@link #unsentRecords()}: import them again).
 * {@link #stoppedJobState()} says which applies to the stopped job. The cause is the failure itself
 * ({@link KiboJobFailedException} with the job's log, a {@link
 * io.commerceclients.core.polling.PollTimeoutException}, an HTTP error, a transport failure...).
 */
public class KiboImportStoppedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final int stoppedJob;
  private final int jobCount;
  private final JobCreationState stoppedJobState;
  private final String stoppedJobName;
  private final transient @Nullable DropLocation stoppedUpload;
  private final transient List<ImportJobReport> completedJobs;
  private final transient @Nullable ImportJob failedJob;
  private final transient List<RecordRange> stoppedRecords;
  private final transient List<RecordRange> laterRecords;

  /**
   * Creates the exception for job {@code stoppedJob} (from 1) of {@code jobCount}, named {@code
   * stoppedJobName}, which stopped in {@code stoppedJobState} with {@code cause}. {@code
   * stoppedUpload} is the ZIP that job read (null if its upload failed), {@code failedJob} the job as
   * last read (null unless it was created), {@code stoppedRecords} its rows and {@code laterRecords}
   * the rows of the jobs after it.
   */
  public KiboImportStoppedException(int stoppedJob, int jobCount, List<ImportJobReport> completedJobs,
      JobCreationState stoppedJobState, String stoppedJobName, @Nullable DropLocation stoppedUpload,
      @Nullable ImportJob failedJob, List<RecordRange> stoppedRecords, List<RecordRange> laterRecords, Throwable cause) {
    super(describe(stoppedJob, jobCount, completedJobs, stoppedJobState, stoppedJobName, stoppedUpload, failedJob,
        stoppedRecords, laterRecords, cause), cause);
    this.stoppedJob = stoppedJob;
    this.jobCount = jobCount;
    this.stoppedJobState = stoppedJobState;
    this.stoppedJobName = stoppedJobName;
    this.stoppedUpload = stoppedUpload;
    this.completedJobs = List.copyOf(completedJobs);
    this.failedJob = failedJob;
    this.stoppedRecords = List.copyOf(stoppedRecords);
    this.laterRecords = List.copyOf(laterRecords);
  }

  private static String describe(int stoppedJob, int jobCount, List<ImportJobReport> completed,
      JobCreationState state, String name, @Nullable DropLocation upload, @Nullable ImportJob failedJob,
      List<RecordRange> stopped, List<RecordRange> later, Throwable cause) {
    StringBuilder s = new StringBuilder("import stopped at job ").append(stoppedJob).append(" of ")
        .append(jobCount).append(": ").append(cause.getMessage());
    List<RecordRange> imported = completed.stream().flatMap(j -> j.records().stream()).collect(Collectors.toList());
    s.append(". Imported: ").append(describe(imported));
    List<RecordRange> unsent = new ArrayList<>(later);
    switch (state) {
      case CREATED:
        s.append(". Sent in job ").append(failedJob == null ? "(not read)" : failedJob.id().orElse("(id not reported)"))
            .append(", not completed: ").append(describe(stopped));
        break;
      case OUTCOME_UNKNOWN:
        s.append(". Outcome unknown: the creation of job '").append(name).append("'");
        if (upload != null) {
          s.append(" (reading upload ").append(upload.fileName().orElse("?")).append(", file id ")
              .append(upload.id().orElse("?")).append(')');
        }
        s.append(" got no usable answer, so Kibo may have created it and may import ").append(describe(stopped))
            .append("; look for that job in Kibo before importing them again");
        break;
      default:
        unsent.addAll(0, stopped);
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

  /**
   * Returns how far the stopped job got: {@link JobCreationState#CREATED} (its rows in {@link
   * #failedRecords()}), {@link JobCreationState#OUTCOME_UNKNOWN} (in {@link #uncertainRecords()}) or
   * {@link JobCreationState#NOT_SENT} (in {@link #unsentRecords()}).
   */
  public JobCreationState stoppedJobState() {
    return stoppedJobState;
  }

  /** Returns the name the stopped job was (or would have been) created with, such as {@code customer import (2 of 3)}. */
  public String stoppedJobName() {
    return stoppedJobName;
  }

  /**
   * Returns the uploaded ZIP the stopped job was (or would have been) created to read, with its file
   * id and name; empty if its upload failed. A job of unknown outcome lists this file id in its files.
   */
  public Optional<DropLocation> stoppedUpload() {
    return Optional.ofNullable(stoppedUpload);
  }

  /** Returns the jobs that finished successfully, in order, with their rows and logs. */
  public List<ImportJobReport> completedJobs() {
    return completedJobs;
  }

  /** Returns the job the import stopped at as last read, if Kibo created it. */
  public Optional<ImportJob> failedJob() {
    return Optional.ofNullable(failedJob);
  }

  /**
   * Returns the rows of the job the import stopped at, if Kibo created that job ({@link
   * JobCreationState#CREATED}): Kibo received them but did not complete the job (its log, on the
   * cause, says which rows it took).
   */
  public List<RecordRange> failedRecords() {
    return stoppedJobState == JobCreationState.CREATED ? stoppedRecords : List.of();
  }

  /**
   * Returns the rows of the job the import stopped at, if the outcome of its creation is unknown
   * ({@link JobCreationState#OUTCOME_UNKNOWN}): Kibo may have created the job and may import them.
   * Look for the job named {@link #stoppedJobName()} (reading {@link #stoppedUpload()}) among Kibo's
   * import jobs before importing them again, or they may be imported twice.
   */
  public List<RecordRange> uncertainRecords() {
    return stoppedJobState == JobCreationState.OUTCOME_UNKNOWN ? stoppedRecords : List.of();
  }

  /**
   * Returns the rows no job was created for: those of the jobs after the stopped one, and, first,
   * those of the stopped job itself when it was not sent ({@link JobCreationState#NOT_SENT}). Import
   * them again to finish.
   */
  public List<RecordRange> unsentRecords() {
    if (stoppedJobState != JobCreationState.NOT_SENT) {
      return laterRecords;
    }
    List<RecordRange> unsent = new ArrayList<>(stoppedRecords);
    unsent.addAll(laterRecords);
    return List.copyOf(unsent);
  }
}

package io.commerceclients.kibo.importexport;

import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * An asynchronous one-call import ({@code kibo.async().imports().run(request)}) was cancelled: its
 * future completes with this {@link CancellationException}, which says what was sent. Cancelling
 * stops the polling and cancels the transfer in flight; it does not stop a job Kibo already runs.
 * The jobs before the cancelled one finished; the cancelled one is either running in Kibo (its
 * rows sent), or its creation was in flight (Kibo may or may not have created it), or it had not
 * been created (its rows not sent). Rows are counted for customer imports only.
 */
public class KiboImportCancelledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  private final int cancelledJob;
  private final int jobCount;
  private final transient List<ImportJobReport> completedJobs;
  private final transient ImportJob runningJob;
  private final String jobInCreation;
  private final transient DropLocation uploadInCreation;
  private final transient List<RecordRange> sentRecords;
  private final transient List<RecordRange> uncertainRecords;
  private final transient List<RecordRange> unsentRecords;

  /**
   * Creates the report for a cancellation during job {@code cancelledJob} (from 1; 0 if the import
   * was cancelled before its first job) of {@code jobCount}. {@code runningJob} is that job if Kibo
   * created it; {@code jobInCreation} the name of the job whose creation was in flight, or null.
   */
  public KiboImportCancelledException(int cancelledJob, int jobCount, List<ImportJobReport> completedJobs,
      ImportJob runningJob, String jobInCreation, List<RecordRange> sentRecords, List<RecordRange> uncertainRecords,
      List<RecordRange> unsentRecords) {
    this(cancelledJob, jobCount, completedJobs, runningJob, jobInCreation, null, sentRecords, uncertainRecords,
        unsentRecords);
  }

  /**
   * Creates the report as above, with {@code uploadInCreation}: the upload the job in creation reads
   * (its file id and name), by which that job can be found in Kibo, or null.
   */
  public KiboImportCancelledException(int cancelledJob, int jobCount, List<ImportJobReport> completedJobs,
      ImportJob runningJob, String jobInCreation, DropLocation uploadInCreation, List<RecordRange> sentRecords,
      List<RecordRange> uncertainRecords, List<RecordRange> unsentRecords) {
    super(describe(cancelledJob, jobCount, completedJobs, runningJob, jobInCreation, uploadInCreation, sentRecords,
        uncertainRecords, unsentRecords));
    this.cancelledJob = cancelledJob;
    this.jobCount = jobCount;
    this.completedJobs = List.copyOf(completedJobs);
    this.runningJob = runningJob;
    this.jobInCreation = jobInCreation;
    this.uploadInCreation = uploadInCreation;
    this.sentRecords = List.copyOf(sentRecords);
    this.uncertainRecords = List.copyOf(uncertainRecords);
    this.unsentRecords = List.copyOf(unsentRecords);
  }

  private static String describe(int cancelledJob, int jobCount, List<ImportJobReport> completed, ImportJob running,
      String inCreation, DropLocation upload, List<RecordRange> sent, List<RecordRange> uncertain,
      List<RecordRange> unsent) {
    if (cancelledJob == 0) {
      return "import cancelled before its first job; nothing was sent";
    }
    StringBuilder s = new StringBuilder("import cancelled at job ").append(cancelledJob).append(" of ")
        .append(jobCount).append(". Completed jobs: ").append(completed.size());
    List<RecordRange> imported = completed.stream().flatMap(j -> j.records().stream()).collect(Collectors.toList());
    if (!imported.isEmpty()) {
      s.append(" (").append(describe(imported)).append(')');
    }
    if (running != null) {
      s.append(". Job ").append(running.id().orElse("(id not reported)"))
          .append(" goes on in Kibo");
      if (!sent.isEmpty()) {
        s.append(" with ").append(describe(sent));
      }
    }
    if (inCreation != null) {
      s.append(". The creation of job '").append(inCreation).append('\'');
      if (upload != null) {
        s.append(" (reading upload ").append(upload.fileName().orElse("?")).append(", file id ")
            .append(upload.id().orElse("?")).append(')');
      }
      s.append(" was in flight: Kibo may have created it (check its import jobs)");
      if (!uncertain.isEmpty()) {
        s.append(" for ").append(describe(uncertain));
      }
    }
    if (!unsent.isEmpty()) {
      s.append(". Not sent: ").append(describe(unsent));
    }
    return s.toString();
  }

  private static String describe(List<RecordRange> ranges) {
    return ranges.stream().map(RecordRange::describe).collect(Collectors.joining(", "));
  }

  /** Returns the number (from 1) of the job the import was cancelled at; 0 if before its first job. */
  public int cancelledJob() {
    return cancelledJob;
  }

  /** Returns the number of jobs the import was planned as (0 if cancelled before planning ended). */
  public int jobCount() {
    return jobCount;
  }

  /** Returns the jobs that finished successfully, in order, with their rows and logs. */
  public List<ImportJobReport> completedJobs() {
    return completedJobs;
  }

  /** Returns the job Kibo created and still runs (cancelling does not stop it), if any. */
  public Optional<ImportJob> runningJob() {
    return Optional.ofNullable(runningJob);
  }

  /** Returns the name of the job whose creation was in flight when cancelled (Kibo may have created it). */
  public Optional<String> jobInCreation() {
    return Optional.ofNullable(jobInCreation);
  }

  /**
   * Returns the upload the {@link #jobInCreation()} reads (its file id and the name it was uploaded
   * under): the job that reads this file id is the one to look for in Kibo.
   */
  public Optional<DropLocation> uploadInCreation() {
    return Optional.ofNullable(uploadInCreation);
  }

  /** Returns the rows of the {@link #runningJob()}: Kibo received them and goes on importing them. */
  public List<RecordRange> sentRecords() {
    return sentRecords;
  }

  /** Returns the rows of the {@link #jobInCreation()}: Kibo may or may not import them. */
  public List<RecordRange> uncertainRecords() {
    return uncertainRecords;
  }

  /** Returns the rows no job was created for; import them again to finish. */
  public List<RecordRange> unsentRecords() {
    return unsentRecords;
  }
}

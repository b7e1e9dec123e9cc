package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.KiboImportStoppedException;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.imports.JobCreationState;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code imports().run(request)}: validates and packs the CSV files, then runs one job (upload,
 * create, wait, download the log). A customer import of more records than {@link
 * ImportRequest#maxCustomerRecordsPerJob()} runs as several such jobs, one after the other, each
 * with its own ZIP written just before its upload; the first failure stops the rest. The pieces
 * that do not touch the network (names, the job's request, the report of a stopped import) are
 * shared with {@link OneCallImportAsync}.
 */
final class OneCallImport {
  private static final LazyLogger LOG = LazyLogger.of(OneCallImport.class);

  private final ImportJobsService jobs;
  private final FilesService files;
  private final ImportRequest request;

  OneCallImport(ImportJobsService jobs, FilesService files, ImportRequest request) {
    this.jobs = jobs;
    this.files = files;
    this.request = request;
  }

  ImportResult run() {
    try (ImportPackage pkg = ImportPackage.prepare(request)) {
      if (!request.domain().equals(Domain.CUSTOMER)) {
        return ImportResult.builder().addJobs(runJob(pkg.zip(), uploadName(request, pkg, 1, 1), pkg.resources(),
            List.of(), 1, 1)).build();
      }
      CustomerImportPlan plan = CustomerImportPlan.of(pkg, request.maxCustomerRecordsPerJob());
      List<List<RecordRange>> planned = plan.jobs();
      if (planned.size() <= 1) {
        List<RecordRange> records = planned.isEmpty() ? List.of() : planned.get(0);
        return ImportResult.builder().addJobs(runJob(pkg.zip(), uploadName(request, pkg, 1, 1), pkg.resources(),
            records, 1, 1)).build();
      }
      checkSplittable(request, pkg, plan);
      return runSplit(pkg, planned);
    }
  }

  /**
   * Throws the {@link PollCancelledException} a cancelled wait throws if the request's {@link
   * io.commerceclients.core.polling.PollCancellation} was cancelled: nothing more is uploaded or
   * created once it is (a split import reports the job's rows as not sent).
   */
  static void throwIfCancelled(ImportRequest request, String step) {
    CancelledBefore.throwIf(request.cancellation(), notSent(step));
  }

  /** The exception for a request whose cancellation token was cancelled before {@code step}, or null. */
  static PollCancelledException cancelledBefore(ImportRequest request, String step) {
    return CancelledBefore.check(request.cancellation(), notSent(step));
  }

  private static String notSent(String step) {
    return "import cancelled before " + step + "; nothing more was sent";
  }

  /**
   * Deletes a temporary file, best effort: a failure is logged and ignored, so it never turns a
   * job that ran into a failure.
   */
  static void deleteTemporary(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      LOG.get().warn("Could not delete the temporary file {} ({}); it is left behind", file, e.toString());
    }
  }

  /** A full import (deleteOmitted) cannot be split: each job would delete the rows of the others. */
  static void checkSplittable(ImportRequest request, ImportPackage pkg, CustomerImportPlan plan) {
    for (ImportResourceRequest r : pkg.resources()) {
      Validation.require(!r.deleteOmitted().orElse(false), "deleteOmitted: " + r.resource() + " asks Kibo to delete"
          + " the records its CSV omits, but this import of " + plan.total() + " records needs "
          + plan.jobs().size() + " jobs (at most " + request.maxCustomerRecordsPerJob() + " records each),"
          + " and each job would delete the records of the others; import without deleteOmitted,"
          + " or raise maxCustomerRecordsPerJob");
    }
  }

  private ImportResult runSplit(ImportPackage pkg, List<List<RecordRange>> planned) {
    int count = planned.size();
    List<ImportJobReport> done = new ArrayList<>();
    try (ChunkZipWriter writer = new ChunkZipWriter(pkg)) {
      for (int i = 0; i < count; i++) {
        List<RecordRange> slices = planned.get(i);
        int number = i + 1;
        Stage stage = new Stage(number, slices);
        Path zip = null;
        try {
          zip = Files.createTempFile("kibo-import-" + number + "-", ".zip");
          writer.write(slices, zip);
          done.add(runJob(zip, uploadName(request, pkg, number, count), resourcesOf(pkg, slices), slices, number,
              count, stage));
        } catch (IOException e) {
          throw stopped(request, count, done, stage, planned, new UncheckedIOException(e));
        } catch (RuntimeException e) {
          throw stopped(request, count, done, stage, planned, e);
        } catch (Error e) {
          e.addSuppressed(stopped(request, count, done, stage, planned, e));
          throw e;
        } finally {
          deleteTemporary(zip);
        }
      }
    }
    return ImportResult.builder().jobs(done).build();
  }

  /**
   * The report of a split import that stopped at {@code stage}'s job because of {@code cause}: the
   * job was created, or its creation request was sent with an outcome {@link CreationOutcome}
   * judges from the failure, or it was not sent.
   */
  static KiboImportStoppedException stopped(ImportRequest request, int count, List<ImportJobReport> done, Stage stage,
      List<List<RecordRange>> planned, Throwable cause) {
    List<RecordRange> later = new ArrayList<>();
    for (int j = stage.number; j < planned.size(); j++) {
      later.addAll(planned.get(j));
    }
    ImportJob created = stage.created;
    JobCreationState state = created != null ? JobCreationState.CREATED
        : stage.creating ? CreationOutcome.afterFailure(cause) : JobCreationState.NOT_SENT;
    ImportJob failedJob = null;
    if (created != null) {
      failedJob = cause instanceof KiboJobFailedException && ((KiboJobFailedException) cause).job() instanceof ImportJob
          ? (ImportJob) ((KiboJobFailedException) cause).job() : created;
    }
    return new KiboImportStoppedException(stage.number, count, done, state, jobName(request, stage.number, count),
        stage.upload, failedJob, stage.slices, later, cause);
  }

  private ImportJobReport runJob(Path zip, String uploadName, List<ImportResourceRequest> resources,
      List<RecordRange> records, int number, int count) {
    return runJob(zip, uploadName, resources, records, number, count, new Stage(number, records));
  }

  private ImportJobReport runJob(Path zip, String uploadName, List<ImportResourceRequest> resources,
      List<RecordRange> records, int number, int count, Stage stage) {
    throwIfCancelled(request, "uploading job " + number + " of " + count);
    DropLocation upload = files.upload(zip, uploadName, request.onUploadProgress().orElse(TransferListener.NONE));
    CreateImportJobRequest creation = createRequest(request, upload.id().orElseThrow(), resources, number, count);
    throwIfCancelled(request, "creating job " + number + " of " + count + " (its ZIP was uploaded as file "
        + upload.id().orElse("?") + ")");
    stage.uploaded(upload, uploadName);
    ImportJob created = jobs.create(creation);
    stage.created = created;
    String jobId = created.id().orElseThrow();
    ImportJob done;
    try {
      done = jobs.waitForCompletion(jobId, waitOptions(request));
    } catch (KiboJobFailedException e) {
      Path log = null;
      try {
        log = e.logFileId().map(id -> downloadLog(id, number, count)).orElse(null);
      } catch (RuntimeException logFailure) {
        e.addSuppressed(logFailure);
        throw e;
      }
      throw new KiboJobFailedException("import", jobId, e.job(), log);
    }
    Optional<Path> log;
    try {
      log = done.logFile().flatMap(DropLocation::id).map(id -> downloadLog(id, number, count));
    } catch (RuntimeException logFailure) {
      log = logNotDownloaded(done, logFailure);
    }
    return ImportJobReport.builder().job(done).upload(upload).log(log).records(records).build();
  }

  /**
   * A job that completed keeps counting as imported when its log cannot be downloaded: its report
   * has no log (the job's {@code logFile()} still names it, to download later) and a warning says why.
   */
  static Optional<Path> logNotDownloaded(ImportJob completed, Throwable logFailure) {
    LOG.get().warn("Import job {} completed, but its log file {} could not be downloaded ({}); its report has no log",
        completed.id().orElse("?"), completed.logFile().flatMap(DropLocation::id).orElse("?"), logFailure.toString());
    return Optional.empty();
  }

  /** The job that reads the upload {@code uploadId}: job {@code number} of {@code count}. */
  static CreateImportJobRequest createRequest(ImportRequest request, String uploadId,
      List<ImportResourceRequest> resources, int number, int count) {
    return CreateImportJobRequest.builder()
        .name(jobName(request, number, count))
        .domain(request.domain())
        .resources(resources)
        .addFile(DropLocation.ofId(uploadId))
        .format(request.format())
        .contextOverride(request.contextOverride())
        .build();
  }

  /** The name of job {@code number} of {@code count}. */
  static String jobName(ImportRequest request, int number, int count) {
    String name = request.name().orElse(request.domain().value() + " import");
    return count == 1 ? name : name + " (" + number + " of " + count + ")";
  }

  /** How to wait for each job: the request's polling, cancellation token and progress callback. */
  static JobWait<ImportJob> waitOptions(ImportRequest request) {
    JobWait<ImportJob> wait = JobWait.defaults();
    if (request.polling().isPresent()) {
      wait = wait.polling(request.polling().get());
    }
    if (request.cancellation().isPresent()) {
      wait = wait.cancellation(request.cancellation().get());
    }
    if (request.onProgress().isPresent()) {
      wait = wait.onProgress(request.onProgress().get());
    }
    return wait;
  }

  /** The file name the ZIP of job {@code number} of {@code count} is uploaded under. */
  static String uploadName(ImportRequest request, ImportPackage pkg, int number, int count) {
    String base = request.zipFile().isPresent() && count == 1 ? pkg.zip().getFileName().toString()
        : request.domain().value() + "-import.zip";
    return count == 1 ? base : numbered(base, number);
  }

  /** The resources of the package that {@code slices} carry rows of, in processing order. */
  static List<ImportResourceRequest> resourcesOf(ImportPackage pkg, List<RecordRange> slices) {
    List<ImportResourceRequest> resources = new ArrayList<>();
    for (ImportResourceRequest r : pkg.resources()) {
      if (slices.stream().anyMatch(s -> s.resource().equals(r.resource()))) {
        resources.add(r);
      }
    }
    return resources;
  }

  private Path downloadLog(String fileId, int number, int count) {
    LogTarget target = LogTarget.of(request, number, count);
    try {
      files.download(fileId, target.path());
      return target.path();
    } catch (RuntimeException | Error e) {
      target.discard();
      throw e;
    }
  }

  /** Where a job's log goes: the request's log target (numbered for several jobs), or a new temporary file. */
  static final class LogTarget {
    private final Path path;
    private final boolean temporary;

    private LogTarget(Path path, boolean temporary) {
      this.path = path;
      this.temporary = temporary;
    }

    /** The log target of job {@code number} of {@code count}; a temporary file is created now. */
    static LogTarget of(ImportRequest request, int number, int count) {
      if (request.logTarget().isPresent()) {
        Path target = request.logTarget().get();
        return new LogTarget(count == 1 ? target : sibling(target, number), false);
      }
      try {
        return new LogTarget(Files.createTempFile("kibo-import-log-", ".csv"), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Path path() {
      return path;
    }

    /** Removes the temporary file of a log that could not be downloaded. */
    void discard() {
      if (temporary) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // an empty temporary file left behind is harmless
        }
      }
    }
  }

  private static Path sibling(Path target, int number) {
    Path name = target.getFileName();
    String numbered = numbered(name == null ? "import-log.csv" : name.toString(), number);
    return target.resolveSibling(numbered);
  }

  /** Returns {@code import-log.csv} as {@code import-log-2.csv}. */
  private static String numbered(String fileName, int number) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName + "-" + number : fileName.substring(0, dot) + "-" + number + fileName.substring(dot);
  }

  /**
   * How far job {@code number} (its rows {@code slices}) got: its ZIP uploaded, its creation
   * request about to be sent ({@code creating}, from then on), then its job once created.
   */
  static final class Stage {
    final int number;
    final List<RecordRange> slices;
    volatile DropLocation upload;
    volatile boolean creating;
    volatile ImportJob created;
    /** The job completed and its report is among the completed ones (set with that report, under its list's lock). */
    boolean finished;

    Stage(int number, List<RecordRange> slices) {
      this.number = number;
      this.slices = slices;
    }

    /** Records the upload the job's creation will name (with the file name it was uploaded under); creation starts. */
    void uploaded(DropLocation location, String fileName) {
      upload = location.fileName().isPresent() ? location
          : DropLocation.builder().from(location).fileName(fileName).build();
      creating = true;
    }
  }
}

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.KiboImportStoppedException;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
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
 * with its own ZIP written just before its upload; the first failure stops the rest.
 */
final class OneCallImport {
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
        return ImportResult.builder().addJobs(runJob(pkg.zip(), uploadName(pkg, 1, 1), pkg.resources(),
            List.of(), 1, 1)).build();
      }
      CustomerImportPlan plan = CustomerImportPlan.of(pkg, request.maxCustomerRecordsPerJob());
      List<List<RecordRange>> planned = plan.jobs();
      if (planned.size() <= 1) {
        List<RecordRange> records = planned.isEmpty() ? List.of() : planned.get(0);
        return ImportResult.builder().addJobs(runJob(pkg.zip(), uploadName(pkg, 1, 1), pkg.resources(),
            records, 1, 1)).build();
      }
      checkSplittable(pkg, plan);
      return runSplit(pkg, planned);
    }
  }

  /** A full import (deleteOmitted) cannot be split: each job would delete the rows of the others. */
  private void checkSplittable(ImportPackage pkg, CustomerImportPlan plan) {
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
        Stage stage = new Stage();
        try {
          Path zip = Files.createTempFile("kibo-import-" + number + "-", ".zip");
          try {
            writer.write(slices, zip);
            done.add(runJob(zip, uploadName(pkg, number, count), resourcesOf(pkg, slices), slices, number, count,
                stage));
          } finally {
            Files.deleteIfExists(zip);
          }
        } catch (IOException e) {
          throw stopped(number, count, done, stage, slices, planned, new UncheckedIOException(e));
        } catch (RuntimeException e) {
          throw stopped(number, count, done, stage, slices, planned, e);
        }
      }
    }
    return ImportResult.builder().jobs(done).build();
  }

  private KiboImportStoppedException stopped(int number, int count, List<ImportJobReport> done, Stage stage,
      List<RecordRange> slices, List<List<RecordRange>> planned, RuntimeException cause) {
    List<RecordRange> unsent = new ArrayList<>();
    if (stage.created == null) {
      unsent.addAll(slices);
    }
    for (int j = number; j < planned.size(); j++) {
      unsent.addAll(planned.get(j));
    }
    ImportJob failedJob = null;
    if (stage.created != null) {
      failedJob = cause instanceof KiboJobFailedException && ((KiboJobFailedException) cause).job() instanceof ImportJob
          ? (ImportJob) ((KiboJobFailedException) cause).job() : stage.created;
    }
    return new KiboImportStoppedException(number, count, done, failedJob,
        stage.created == null ? List.of() : slices, unsent, cause);
  }

  private ImportJobReport runJob(Path zip, String uploadName, List<ImportResourceRequest> resources,
      List<RecordRange> records, int number, int count) {
    return runJob(zip, uploadName, resources, records, number, count, new Stage());
  }

  private ImportJobReport runJob(Path zip, String uploadName, List<ImportResourceRequest> resources,
      List<RecordRange> records, int number, int count, Stage stage) {
    DropLocation upload = files.upload(zip, uploadName, request.onUploadProgress().orElse(TransferListener.NONE));
    String uploadId = upload.id().orElseThrow();
    String name = request.name().orElse(request.domain().value() + " import");
    ImportJob created = jobs.create(CreateImportJobRequest.builder()
        .name(count == 1 ? name : name + " (" + number + " of " + count + ")")
        .domain(request.domain())
        .resources(resources)
        .addFile(DropLocation.ofId(uploadId))
        .format(request.format())
        .contextOverride(request.contextOverride())
        .build());
    stage.created = created;
    String jobId = created.id().orElseThrow();
    ImportJob done;
    try {
      done = jobs.waitForCompletion(jobId, waitOptions());
    } catch (KiboJobFailedException e) {
      Path log = e.logFileId().map(id -> downloadLog(id, number, count)).orElse(null);
      throw new KiboJobFailedException("import", jobId, e.job(), log);
    }
    Optional<Path> log = done.logFile().flatMap(DropLocation::id).map(id -> downloadLog(id, number, count));
    return ImportJobReport.builder().job(done).upload(upload).log(log).records(records).build();
  }

  private JobWait<ImportJob> waitOptions() {
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

  private String uploadName(ImportPackage pkg, int number, int count) {
    String base = request.zipFile().isPresent() && count == 1 ? pkg.zip().getFileName().toString()
        : request.domain().value() + "-import.zip";
    return count == 1 ? base : numbered(base, number);
  }

  private static List<ImportResourceRequest> resourcesOf(ImportPackage pkg, List<RecordRange> slices) {
    List<ImportResourceRequest> resources = new ArrayList<>();
    for (ImportResourceRequest r : pkg.resources()) {
      if (slices.stream().anyMatch(s -> s.resource().equals(r.resource()))) {
        resources.add(r);
      }
    }
    return resources;
  }

  private Path downloadLog(String fileId, int number, int count) {
    try {
      Path target = request.logTarget().isPresent()
          ? (count == 1 ? request.logTarget().get() : sibling(request.logTarget().get(), number))
          : Files.createTempFile("kibo-import-log-", ".csv");
      files.download(fileId, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** How far the current job got: its job once created. */
  private static final class Stage {
    ImportJob created;
  }
}

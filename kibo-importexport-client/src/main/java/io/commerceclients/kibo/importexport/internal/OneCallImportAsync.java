package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.kibo.importexport.KiboImportCancelledException;
import io.commerceclients.kibo.importexport.KiboImportStoppedException;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.ImportJobsServiceAsync;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code async().imports().run(request)}: the one-call import of {@link OneCallImport}, step after
 * step without blocking a thread on the network or a poll interval. Validating the request,
 * counting customer rows and writing each ZIP to a temporary file are local file work done on the
 * SDK's threads for blocking work ({@code AsyncScheduler.blocking()}); the upload streams the ZIP
 * on OkHttp's thread for the call; the jobs of a split customer import run one after the other. Cancelling the future stops the polling
 * (the job goes on in Kibo), cancels the transfer in flight (a partial log is removed) and
 * completes it with a {@link KiboImportCancelledException} that says what was sent; the temporary
 * ZIPs are removed once the step in flight has stopped.
 */
final class OneCallImportAsync {
  private final ImportJobsServiceAsync jobs;
  private final FilesServiceAsync files;
  private final ImportRequest request;
  private final AsyncWorkflow<ImportResult> flow = new AsyncWorkflow<>(this::cancelled);
  private final List<ImportJobReport> done = new CopyOnWriteArrayList<>();
  private volatile List<List<RecordRange>> planned = List.of();
  private volatile OneCallImport.Stage stage;
  private volatile ImportPackage pkg;
  private volatile ChunkZipWriter writer;

  OneCallImportAsync(ImportJobsServiceAsync jobs, FilesServiceAsync files, ImportRequest request) {
    this.jobs = jobs;
    this.files = files;
    this.request = request;
  }

  CompletableFuture<ImportResult> run() {
    flow.work(this::prepare).whenComplete((ignored, error) -> {
      if (error != null) {
        end(error);
      } else {
        next(0);
      }
    });
    return flow.future();
  }

  /** Validates and plans the import: the jobs and their rows (one job, rows uncounted, outside customers). */
  private Void prepare() {
    pkg = ImportPackage.prepare(request);
    if (!request.domain().equals(Domain.CUSTOMER)) {
      planned = List.of(List.of());
      return null;
    }
    CustomerImportPlan plan = CustomerImportPlan.of(pkg, request.maxCustomerRecordsPerJob());
    if (plan.jobs().size() > 1) {
      OneCallImport.checkSplittable(request, pkg, plan);
      writer = new ChunkZipWriter(pkg);
    }
    planned = plan.jobs().isEmpty() ? List.of(List.of()) : plan.jobs();
    return null;
  }

  private void next(int index) {
    List<List<RecordRange>> jobsPlanned = planned;
    int count = jobsPlanned.size();
    if (index == count) {
      end(null);
      return;
    }
    int number = index + 1;
    List<RecordRange> slices = jobsPlanned.get(index);
    OneCallImport.Stage current = new OneCallImport.Stage(number, slices);
    stage = current;
    boolean split = writer != null;
    flow.work(() -> split ? chunkZip(slices, number) : pkg.zip()).whenComplete((zip, zipError) -> {
      if (zipError != null) {
        jobFailed(current, zipError);
        return;
      }
      List<ImportResourceRequest> resources = split ? OneCallImport.resourcesOf(pkg, slices) : pkg.resources();
      runJob(zip, OneCallImport.uploadName(request, pkg, number, count), resources, current, count)
          .whenComplete((report, error) -> {
            if (split) {
              delete(zip);
            }
            if (error != null) {
              jobFailed(current, error);
            } else {
              synchronized (done) {
                done.add(report);
                current.finished = true;
              }
              next(index + 1);
            }
          });
    });
  }

  private Path chunkZip(List<RecordRange> slices, int number) {
    try {
      Path zip = Files.createTempFile("kibo-import-" + number + "-", ".zip");
      try {
        return writer.write(slices, zip);
      } catch (RuntimeException e) {
        delete(zip);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CompletableFuture<ImportJobReport> runJob(Path zip, String uploadName, List<ImportResourceRequest> resources,
      OneCallImport.Stage current, int count) {
    TransferListener progress = request.onUploadProgress().orElse(TransferListener.NONE);
    PollCancelledException beforeUpload = OneCallImport.cancelledBefore(request,
        "uploading job " + current.number + " of " + count);
    if (beforeUpload != null) {
      return CompletableFuture.failedFuture(beforeUpload);
    }
    return flow.step(() -> files.upload(zip, uploadName, progress)).thenCompose(upload -> {
      CreateImportJobRequest creation = OneCallImport.createRequest(request, upload.id().orElseThrow(), resources,
          current.number, count);
      PollCancelledException beforeCreation = OneCallImport.cancelledBefore(request, "creating job "
          + current.number + " of " + count + " (its ZIP was uploaded as file " + upload.id().orElse("?") + ")");
      if (beforeCreation != null) {
        return CompletableFuture.failedFuture(beforeCreation);
      }
      current.uploaded(upload, uploadName);
      return flow.step(() -> jobs.create(creation)).thenCompose(created -> {
            current.created = created;
            return waitFor(created.id().orElseThrow(), upload, current, count);
          });
    });
  }

  private CompletableFuture<ImportJobReport> waitFor(String jobId, DropLocation upload, OneCallImport.Stage current,
      int count) {
    return flow.step(() -> jobs.waitForCompletion(jobId, OneCallImport.waitOptions(request)))
        .exceptionallyCompose(error -> {
          Throwable cause = Async.unwrap(error);
          if (!(cause instanceof KiboJobFailedException)) {
            return CompletableFuture.failedFuture(cause);
          }
          KiboJobFailedException failed = (KiboJobFailedException) cause;
          CompletableFuture<Optional<Path>> log = downloadLog(failed.logFileId(), current.number, count);
          return log.handle((path, logFailure) -> {
            if (logFailure != null) {
              failed.addSuppressed(Async.unwrap(logFailure));
              throw new CompletionException(failed);
            }
            throw new CompletionException(new KiboJobFailedException("import", jobId, failed.job(), path.orElse(null)));
          });
        })
        .thenCompose(finished -> downloadLog(finished.logFile().flatMap(DropLocation::id), current.number, count)
            .exceptionally(logFailure -> {
              if (flow.isDone()) {
                throw new CompletionException(Async.unwrap(logFailure));
              }
              return OneCallImport.logNotDownloaded(finished, Async.unwrap(logFailure));
            })
            .thenApply(log -> ImportJobReport.builder().job(finished).upload(upload).log(log)
                .records(current.slices).build()));
  }

  private CompletableFuture<Optional<Path>> downloadLog(Optional<String> fileId, int number, int count) {
    if (fileId.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    OneCallImport.LogTarget target;
    try {
      target = OneCallImport.LogTarget.of(request, number, count);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return flow.step(() -> files.download(fileId.get(), target.path())).handle((bytes, error) -> {
      if (error != null) {
        target.discard();
        throw new CompletionException(Async.unwrap(error));
      }
      return Optional.of(target.path());
    });
  }

  private void jobFailed(OneCallImport.Stage current, Throwable error) {
    Throwable cause = Async.unwrap(error);
    List<List<RecordRange>> jobsPlanned = planned;
    if (jobsPlanned.size() <= 1) {
      end(cause);
      return;
    }
    KiboImportStoppedException report = OneCallImport.stopped(request, jobsPlanned.size(), List.copyOf(done),
        current, jobsPlanned, cause);
    if (cause instanceof Error) {
      // as the blocking import: an Error ends the import as itself, the report attached
      cause.addSuppressed(report);
      end(cause);
    } else {
      end(report);
    }
  }

  /** Ends the import (a cancelled one is already over) and removes its temporary files. */
  private void end(Throwable error) {
    if (error != null) {
      flow.fail(error);
    } else {
      flow.complete(ImportResult.builder().jobs(done).build());
    }
    if (writer != null) {
      writer.close();
    }
    if (pkg != null) {
      pkg.close();
    }
  }

  /** The report of a cancellation, from how far the import got. */
  private KiboImportCancelledException cancelled() {
    OneCallImport.Stage current = stage;
    List<List<RecordRange>> jobsPlanned = planned;
    if (current == null) {
      return new KiboImportCancelledException(0, jobsPlanned.size(), List.of(), null, null, List.of(), List.of(),
          List.of());
    }
    List<ImportJobReport> completed;
    boolean finished;
    synchronized (done) {
      completed = List.copyOf(done);
      finished = current.finished;
    }
    ImportJob running = finished ? null : current.created;
    boolean creating = !finished && running == null && current.creating;
    List<RecordRange> unsent = new ArrayList<>();
    if (!finished && running == null && !creating) {
      unsent.addAll(current.slices);
    }
    for (int j = current.number; j < jobsPlanned.size(); j++) {
      unsent.addAll(jobsPlanned.get(j));
    }
    return new KiboImportCancelledException(current.number, jobsPlanned.size(), completed, running,
        creating ? OneCallImport.jobName(request, current.number, jobsPlanned.size()) : null,
        creating ? current.upload : null,
        running != null ? current.slices : List.of(), creating ? current.slices : List.of(), unsent);
  }

  private static void delete(Path file) {
    OneCallImport.deleteTemporary(file);
  }
}

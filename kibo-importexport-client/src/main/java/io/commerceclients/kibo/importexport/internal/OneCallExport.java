package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.csv.UnzipLimits;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.exports.ExportJobsServiceAsync;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.exports.ImmutableExportResult;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * {@code exports().run(request)}: creates the job, waits for it, fetches a public link to its ZIP,
 * streams the ZIP to the target (through a partial file moved into place when complete) and, if
 * asked, extracts its CSV files; blocking, or asynchronously step after step.
 */
final class OneCallExport {
  private static final String NOTHING_SENT = "export cancelled before creating its job; nothing was sent";

  private final ExportRequest request;

  /**
   * Validates {@code request}.
   *
   * @throws io.commerceclients.core.validation.ValidationException if it lacks resources or a target
   */
  OneCallExport(ExportRequest request) {
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    FileOps.checkTarget(request.target());
    this.request = request;
  }

  ExportResult run(ExportJobsService jobs, FilesService files) {
    CancelledBefore.throwIf(request.cancellation(), NOTHING_SENT);
    String jobId = jobs.create(createRequest()).id().orElseThrow();
    ExportJob done = jobs.waitForCompletion(jobId, waitOptions());
    files.downloadPublicLink(files.publicLink(zipId(done, jobId)), request.target(), downloadProgress());
    return result(done);
  }

  /**
   * Runs the export without blocking on the network or a poll interval; unzipping is local file
   * work on the SDK's threads for blocking work. Cancelling the future stops the polling (the job goes on in
   * Kibo) or cancels the download in flight, whose partial file is removed.
   */
  CompletableFuture<ExportResult> runAsync(ExportJobsServiceAsync jobs, FilesServiceAsync files) {
    AsyncWorkflow<ExportResult> flow = new AsyncWorkflow<>();
    PollCancelledException cancelled = CancelledBefore.check(request.cancellation(), NOTHING_SENT);
    if (cancelled != null) {
      flow.finish(null, cancelled);
      return flow.future();
    }
    flow.step(() -> jobs.create(createRequest()))
        .thenCompose(created -> {
          String jobId = created.id().orElseThrow();
          return flow.step(() -> jobs.waitForCompletion(jobId, waitOptions()))
              .thenCompose(done -> flow.step(() -> files.publicLink(zipId(done, jobId)))
                  .thenCompose(link -> flow.step(() -> files.downloadPublicLink(link, request.target(),
                      downloadProgress())))
                  .thenCompose(bytes -> flow.work(() -> result(done))));
        })
        .whenComplete(flow::finish);
    return flow.future();
  }

  private CreateExportJobRequest createRequest() {
    return CreateExportJobRequest.builder()
        .name(request.name().orElse(request.domain().value() + " export"))
        .domain(request.domain())
        .resources(request.resources())
        .format(request.format())
        .contextOverride(request.contextOverride())
        .build();
  }

  private JobWait<ExportJob> waitOptions() {
    JobWait<ExportJob> wait = JobWait.defaults();
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

  private TransferListener downloadProgress() {
    return request.onDownloadProgress().orElse(TransferListener.NONE);
  }

  private static String zipId(ExportJob done, String jobId) {
    return done.exportFile().flatMap(DropLocation::id).orElseThrow(() -> new ProtocolException(
        "get export job (GET /platform/data/export/{id}): export job " + jobId + " completed but its 'files'"
            + " held no export file with an 'id' after up to " + JobWaiter.FILE_POLLS
            + " more polls (fewer when the wait's polls or time ran out first)"));
  }

  private ExportResult result(ExportJob done) {
    Path target = request.target();
    ImmutableExportResult.Builder result = ExportResult.builder().job(done).zipFile(target);
    request.unzipTo().ifPresent(dir -> result.csvFiles(
        KiboZip.unzip(target, dir, request.unzipLimits().orElse(UnzipLimits.defaults()))));
    return result.build();
  }
}

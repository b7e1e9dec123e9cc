package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.exports.ExportJobsServiceAsync;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Export jobs, asynchronous, and the asynchronous one-call export ({@link OneCallExport#runAsync}). */
final class DefaultExportJobsServiceAsync implements ExportJobsServiceAsync {
  private final KiboCalls calls;
  private final JobEndpoints<ExportJob> jobs;
  private final FilesServiceAsync files;

  DefaultExportJobsServiceAsync(KiboCalls calls, FilesServiceAsync files) {
    this.calls = calls;
    this.jobs = JobEndpoints.exports(calls);
    this.files = files;
  }

  @Override
  public CompletableFuture<ExportJob> create(CreateExportJobRequest request) {
    return Async.supply(() -> calls.runAsync(JobCreation.exportJob(request)));
  }

  @Override
  public CompletableFuture<ExportJob> get(String jobId) {
    return get(jobId, null);
  }

  @Override
  public CompletableFuture<ExportJob> get(String jobId, String responseFields) {
    return Async.supply(() -> calls.runAsync(jobs.get(jobId, responseFields)));
  }

  @Override
  public CompletableFuture<Void> delete(String jobId) {
    return Async.supply(() -> calls.runAsync(jobs.delete(jobId)));
  }

  @Override
  public CompletableFuture<List<ExportJob>> list(ListJobsRequest request) {
    return jobs.listAsync(request);
  }

  @Override
  public AsyncPagedIterable<ExportJob> listAll(ListJobsRequest request) {
    return jobs.listAllAsync(request);
  }

  @Override
  public CompletableFuture<ExportJob> waitForCompletion(String jobId) {
    return waitForCompletion(jobId, JobWait.defaults());
  }

  @Override
  public CompletableFuture<ExportJob> waitForCompletion(String jobId, JobWait<ExportJob> wait) {
    return jobs.waitForCompletionAsync(jobId, wait);
  }

  @Override
  public CompletableFuture<ExportResult> run(ExportRequest request) {
    return Async.supply(() -> new OneCallExport(request).runAsync(this, files));
  }
}

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.imports.ImportJobsServiceAsync;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Import jobs, asynchronous; the one-call import is {@link OneCallImportAsync}. */
final class DefaultImportJobsServiceAsync implements ImportJobsServiceAsync {
  private final KiboCalls calls;
  private final JobEndpoints<ImportJob> jobs;
  private final FilesServiceAsync files;

  DefaultImportJobsServiceAsync(KiboCalls calls, FilesServiceAsync files) {
    this.calls = calls;
    this.jobs = JobEndpoints.imports(calls);
    this.files = files;
  }

  @Override
  public CompletableFuture<ImportJob> create(CreateImportJobRequest request) {
    return Async.supply(() -> calls.runAsync(JobCreation.importJob(request)));
  }

  @Override
  public CompletableFuture<ImportJob> get(String jobId) {
    return get(jobId, null);
  }

  @Override
  public CompletableFuture<ImportJob> get(String jobId, String responseFields) {
    return Async.supply(() -> calls.runAsync(jobs.get(jobId, responseFields)));
  }

  @Override
  public CompletableFuture<Void> delete(String jobId) {
    return Async.supply(() -> calls.runAsync(jobs.delete(jobId)));
  }

  @Override
  public CompletableFuture<List<ImportJob>> list(ListJobsRequest request) {
    return jobs.listAsync(request);
  }

  @Override
  public AsyncPagedIterable<ImportJob> listAll(ListJobsRequest request) {
    return jobs.listAllAsync(request);
  }

  @Override
  public CompletableFuture<ImportJob> waitForCompletion(String jobId) {
    return waitForCompletion(jobId, JobWait.defaults());
  }

  @Override
  public CompletableFuture<ImportJob> waitForCompletion(String jobId, JobWait<ImportJob> wait) {
    return jobs.waitForCompletionAsync(jobId, wait);
  }

  @Override
  public CompletableFuture<ImportResult> run(ImportRequest request) {
    return Async.supply(() -> {
      Check.required(request, "request");
      return new OneCallImportAsync(this, files, request).run();
    });
  }
}

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;

/** Import jobs, blocking; the one-call import is {@link OneCallImport}. */
final class DefaultImportJobsService implements ImportJobsService {
  private final KiboCalls calls;
  private final JobEndpoints<ImportJob> jobs;
  private final FilesService files;

  DefaultImportJobsService(KiboCalls calls, FilesService files) {
    this.calls = calls;
    this.jobs = JobEndpoints.imports(calls);
    this.files = files;
  }

  @Override
  public ImportJob create(CreateImportJobRequest request) {
    return calls.run(JobCreation.importJob(request));
  }

  @Override
  public ImportJob get(String jobId) {
    return get(jobId, null);
  }

  @Override
  public ImportJob get(String jobId, String responseFields) {
    return calls.run(jobs.get(jobId, responseFields));
  }

  @Override
  public void delete(String jobId) {
    calls.run(jobs.delete(jobId));
  }

  @Override
  public List<ImportJob> list(ListJobsRequest request) {
    return jobs.list(request);
  }

  @Override
  public PagedIterable<ImportJob> listAll(ListJobsRequest request) {
    return jobs.listAll(request);
  }

  @Override
  public ImportJob waitForCompletion(String jobId) {
    return waitForCompletion(jobId, JobWait.defaults());
  }

  @Override
  public ImportJob waitForCompletion(String jobId, JobWait<ImportJob> wait) {
    return jobs.waitForCompletion(jobId, wait);
  }

  @Override
  public ImportResult run(ImportRequest request) {
    Check.required(request, "request");
    return new OneCallImport(this, files, request).run();
  }
}

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;

/** Export jobs, blocking, and the one-call export ({@link OneCallExport}). */
final class DefaultExportJobsService implements ExportJobsService {
  private final KiboCalls calls;
  private final JobEndpoints<ExportJob> jobs;
  private final FilesService files;

  DefaultExportJobsService(KiboCalls calls, FilesService files) {
    this.calls = calls;
    this.jobs = JobEndpoints.exports(calls);
    this.files = files;
  }

  @Override
  public ExportJob create(CreateExportJobRequest request) {
    return calls.run(JobCreation.exportJob(request));
  }

  @Override
  public ExportJob get(String jobId) {
    return get(jobId, null);
  }

  @Override
  public ExportJob get(String jobId, String responseFields) {
    return calls.run(jobs.get(jobId, responseFields));
  }

  @Override
  public void delete(String jobId) {
    calls.run(jobs.delete(jobId));
  }

  @Override
  public List<ExportJob> list(ListJobsRequest request) {
    return jobs.list(request);
  }

  @Override
  public PagedIterable<ExportJob> listAll(ListJobsRequest request) {
    return jobs.listAll(request);
  }

  @Override
  public ExportJob waitForCompletion(String jobId) {
    return waitForCompletion(jobId, JobWait.defaults());
  }

  @Override
  public ExportJob waitForCompletion(String jobId, JobWait<ExportJob> wait) {
    return jobs.waitForCompletion(jobId, wait);
  }

  @Override
  public ExportResult run(ExportRequest request) {
    return new OneCallExport(request).run(this, files);
  }
}

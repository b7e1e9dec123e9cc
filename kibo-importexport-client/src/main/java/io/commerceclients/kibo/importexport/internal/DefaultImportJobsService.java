package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;

/** Import jobs over the tenant transport; the one-call import is {@link OneCallImport}. */
final class DefaultImportJobsService implements ImportJobsService {
  private final KiboContext context;
  private final JobEndpoints<ImportJob> jobs;
  private final FilesService files;

  DefaultImportJobsService(KiboContext context, FilesService files) {
    this.context = context;
    this.jobs = new JobEndpoints<>(context, "import", FileType.LOG,
        (id, fields) -> context.api().getImportJob(id, fields), id -> context.api().deleteImportJob(id),
        (start, size, filter, fields) -> context.api().listImportJobs(start, size, filter, fields));
    this.files = files;
  }

  @Override
  public ImportJob create(CreateImportJobRequest request) {
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    Check.notEmpty(request.files(), "files");
    for (int i = 0; i < request.files().size(); i++) {
      Check.notBlank(request.files().get(i).id().orElse(null), Check.item("files", i, "id"));
    }
    for (int i = 0; i < request.resources().size(); i++) {
      ImportResourceRequest r = request.resources().get(i);
      Check.notBlank(r.resource().value(), Check.item("resources", i, "resource"));
    }
    ImportPackage.checkContextOverride(request.resources(), request.contextOverride());
    request.responseFields().ifPresent(f -> Check.notBlank(f, "responseFields"));
    ImportJob created = context.transport().execute(
        context.api().createImportJob(request, request.responseFields().orElse(null)));
    Answers.field(created.id(), Answers.CREATE_IMPORT, "id");
    return created;
  }

  @Override
  public ImportJob get(String jobId) {
    return jobs.get(jobId);
  }

  @Override
  public ImportJob get(String jobId, String responseFields) {
    return jobs.get(jobId, responseFields);
  }

  @Override
  public void delete(String jobId) {
    jobs.delete(jobId);
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

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.csv.UnzipLimits;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.exports.ImmutableExportResult;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Export jobs over the tenant transport, and the one-call export. */
final class DefaultExportJobsService implements ExportJobsService {
  private final KiboContext context;
  private final JobEndpoints<ExportJob> jobs;
  private final FilesService files;

  DefaultExportJobsService(KiboContext context, FilesService files) {
    this.context = context;
    this.jobs = new JobEndpoints<>(context, "export", FileType.EXPORT,
        (id, fields) -> context.api().getExportJob(id, fields), id -> context.api().deleteExportJob(id),
        (start, size, filter, fields) -> context.api().listExportJobs(start, size, filter, fields));
    this.files = files;
  }

  @Override
  public ExportJob create(CreateExportJobRequest request) {
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    for (int i = 0; i < request.resources().size(); i++) {
      ExportResourceRequest r = request.resources().get(i);
      Check.notBlank(r.resource().value(), Check.item("resources", i, "resource"));
      for (int f = 0; f < r.fields().size(); f++) {
        Check.notBlank(r.fields().get(f), Check.item("resources", i, "fields[" + f + "]"));
      }
    }
    request.responseFields().ifPresent(f -> Check.notBlank(f, "responseFields"));
    ExportJob created = context.transport().execute(
        context.api().createExportJob(request, request.responseFields().orElse(null)));
    Answers.field(created.id(), Answers.CREATE_EXPORT, "id");
    return created;
  }

  @Override
  public ExportJob get(String jobId) {
    return jobs.get(jobId);
  }

  @Override
  public ExportJob get(String jobId, String responseFields) {
    return jobs.get(jobId, responseFields);
  }

  @Override
  public void delete(String jobId) {
    jobs.delete(jobId);
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
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    Check.required(request.target(), "target");
    CreateExportJobRequest create = CreateExportJobRequest.builder()
        .name(request.name().orElse(request.domain().value() + " export"))
        .domain(request.domain())
        .resources(request.resources())
        .format(request.format())
        .contextOverride(request.contextOverride())
        .build();
    ExportJob created = create(create);
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
    String jobId = created.id().orElseThrow();
    ExportJob done = waitForCompletion(jobId, wait);
    String zipId = done.exportFile().flatMap(DropLocation::id).orElseThrow(() -> new ProtocolException(
        "get export job (GET /platform/data/export/{id}): export job " + jobId + " completed but its 'files'"
            + " held no export file with an 'id' after " + JobWaiter.FILE_POLLS + " more polls"));
    URI link = files.publicLink(zipId);
    Path target = request.target();
    files.downloadPublicLink(link, target, request.onDownloadProgress().orElse(TransferListener.NONE));
    ImmutableExportResult.Builder result = ExportResult.builder().job(done).zipFile(target);
    request.unzipTo().ifPresent(dir -> result.csvFiles(
        KiboZip.unzip(target, dir, request.unzipLimits().orElse(UnzipLimits.defaults()))));
    return result.build();
  }
}

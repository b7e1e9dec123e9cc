package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.core.validation.Check;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.csv.KiboZip;
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
import java.util.Optional;

/** Export jobs over the tenant transport, and the one-call export. */
final class DefaultExportJobsService implements ExportJobsService {
  private static final String KIND = "export";

  private final KiboContext context;
  private final FilesService files;

  DefaultExportJobsService(KiboContext context, FilesService files) {
    this.context = context;
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
    return context.transport().execute(context.api().createExportJob(request));
  }

  @Override
  public ExportJob get(String jobId) {
    Check.notBlank(jobId, "jobId");
    return context.transport().execute(context.api().getExportJob(jobId));
  }

  @Override
  public void delete(String jobId) {
    Check.notBlank(jobId, "jobId");
    context.transport().execute(context.api().deleteExportJob(jobId));
  }

  @Override
  public List<ExportJob> list(ListJobsRequest request) {
    Check.required(request, "request");
    return page(request.startIndex(), request.pageSize(), request.filter());
  }

  @Override
  public PagedIterable<ExportJob> listAll(ListJobsRequest request) {
    Check.required(request, "request");
    JobLists.check(request);
    return PagedIterable.byStartIndex(request.startIndex(), request.pageSize(),
        (position, size) -> PageResult.of(page(Math.toIntExact(position), size, request.filter())));
  }

  private List<ExportJob> page(int startIndex, int pageSize, Optional<String> filter) {
    JobLists.check(startIndex, pageSize);
    List<ExportJob> jobs = context.transport().execute(
        context.api().listExportJobs(startIndex, pageSize, filter.orElse(null)));
    return jobs == null ? List.of() : jobs;
  }

  @Override
  public ExportJob waitForCompletion(String jobId) {
    return waitForCompletion(jobId, JobWait.defaults());
  }

  @Override
  public ExportJob waitForCompletion(String jobId, JobWait<ExportJob> wait) {
    Check.notBlank(jobId, "jobId");
    Check.required(wait, "wait");
    return JobWaiter.await(context, KIND, jobId, this::get, FileType.EXPORT, wait);
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
    ExportJob done = waitForCompletion(created.id(), wait);
    DropLocation zip = done.exportFile().orElseThrow(() -> new IllegalStateException(
        "export job " + done.id() + " completed but no export file appeared after "
            + JobWaiter.FILE_POLLS + " more polls"));
    URI link = files.publicLink(zip.id());
    Path target = request.target();
    files.downloadPublicLink(link, target, request.onDownloadProgress().orElse(TransferListener.NONE));
    ImmutableExportResult.Builder result = ExportResult.builder().job(done).zipFile(target);
    request.unzipTo().ifPresent(dir -> result.csvFiles(KiboZip.unzip(target, dir)));
    return result.build();
  }
}

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.core.validation.Check;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Import jobs over the tenant transport, and the one-call import. */
final class DefaultImportJobsService implements ImportJobsService {
  private final KiboContext context;
  private final JobEndpoints<ImportJob> jobs;
  private final FilesService files;

  DefaultImportJobsService(KiboContext context, FilesService files) {
    this.context = context;
    this.jobs = new JobEndpoints<>(context, "import", FileType.LOG, id -> context.api().getImportJob(id),
        id -> context.api().deleteImportJob(id), (start, size, filter) -> context.api().listImportJobs(start, size, filter));
    this.files = files;
  }

  @Override
  public ImportJob create(CreateImportJobRequest request) {
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    Check.notEmpty(request.files(), "files");
    for (int i = 0; i < request.files().size(); i++) {
      Check.notBlank(request.files().get(i).id(), Check.item("files", i, "id"));
    }
    for (int i = 0; i < request.resources().size(); i++) {
      ImportResourceRequest r = request.resources().get(i);
      Check.notBlank(r.resource().value(), Check.item("resources", i, "resource"));
    }
    return context.transport().execute(context.api().createImportJob(request));
  }

  @Override
  public ImportJob get(String jobId) {
    return jobs.get(jobId);
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
    try (ImportPackage pkg = ImportPackage.prepare(request)) {
      String zipName = pkg.zip().getFileName().toString();
      DropLocation upload = files.upload(pkg.zip(),
          request.zipFile().isPresent() ? zipName : request.domain().value() + "-import.zip",
          request.onUploadProgress().orElse(TransferListener.NONE));
      CreateImportJobRequest create = CreateImportJobRequest.builder()
          .name(request.name().orElse(request.domain().value() + " import"))
          .domain(request.domain())
          .resources(pkg.resources())
          .addFile(DropLocation.ofId(upload.id()))
          .format(request.format())
          .contextOverride(request.contextOverride())
          .build();
      ImportJob created = create(create);
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
      ImportJob done;
      try {
        done = waitForCompletion(created.id(), wait);
      } catch (KiboJobFailedException e) {
        Path log = e.logFileId().map(id -> downloadLog(id, request)).orElse(null);
        throw new KiboJobFailedException(jobs.kind(), e.job(), log);
      }
      Optional<Path> log = done.logFile().map(f -> downloadLog(f.id(), request));
      return ImportResult.builder().job(done).upload(upload).log(log).build();
    }
  }

  private Path downloadLog(String fileId, ImportRequest request) {
    try {
      Path target = request.logTarget().isPresent() ? request.logTarget().get()
          : Files.createTempFile("kibo-import-log-", ".csv");
      files.download(fileId, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

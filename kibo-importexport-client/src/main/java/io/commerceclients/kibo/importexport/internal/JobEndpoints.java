package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.KiboJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import retrofit2.Call;

/**
 * The get, delete, list and wait calls that import jobs and export jobs share, each written once
 * as an operation that the blocking and the asynchronous services run.
 */
final class JobEndpoints<J extends KiboJob> {

  /** Reads one job. */
  @FunctionalInterface
  interface Getter<J> {
    Call<J> get(KiboImportExportApi api, String id, String responseFields);
  }

  /** Lists one page of jobs. */
  @FunctionalInterface
  interface Lister<J> {
    Call<List<J>> list(KiboImportExportApi api, int startIndex, int pageSize, String filter, String responseFields);
  }

  private final KiboCalls calls;
  private final String kind;
  private final FileType fileOnSuccess;
  private final Getter<J> get;
  private final BiFunction<KiboImportExportApi, String, Call<Void>> delete;
  private final Lister<J> lister;

  JobEndpoints(KiboCalls calls, String kind, FileType fileOnSuccess, Getter<J> get,
      BiFunction<KiboImportExportApi, String, Call<Void>> delete, Lister<J> lister) {
    this.calls = calls;
    this.kind = kind;
    this.fileOnSuccess = fileOnSuccess;
    this.get = get;
    this.delete = delete;
    this.lister = lister;
  }

  /** The import jobs' endpoints; a job's file on success is its log. */
  static JobEndpoints<ImportJob> imports(KiboCalls calls) {
    return new JobEndpoints<>(calls, "import", FileType.LOG,
        (api, id, fields) -> api.getImportJob(id, fields), (api, id) -> api.deleteImportJob(id),
        (api, start, size, filter, fields) -> api.listImportJobs(start, size, filter, fields));
  }

  /** The export jobs' endpoints; a job's file on success is its export ZIP. */
  static JobEndpoints<ExportJob> exports(KiboCalls calls) {
    return new JobEndpoints<>(calls, "export", FileType.EXPORT,
        (api, id, fields) -> api.getExportJob(id, fields), (api, id) -> api.deleteExportJob(id),
        (api, start, size, filter, fields) -> api.listExportJobs(start, size, filter, fields));
  }

  /** Reads a job, trimmed to {@code responseFields} unless null or blank. */
  KiboOp<J, J> get(String jobId, String responseFields) {
    Check.pathSegment(jobId, "jobId");
    String fields = FileOps.blankToNull(responseFields);
    return KiboOp.onTenant(tenant -> get.get(tenant.api(), jobId, fields));
  }

  /** Deletes a job. */
  KiboOp<Void, Void> delete(String jobId) {
    Check.pathSegment(jobId, "jobId");
    return KiboOp.onTenant(tenant -> delete.apply(tenant.api(), jobId));
  }

  /** Reads one page of jobs (a bare JSON array). */
  KiboOp<List<J>, PageResult<J>> page(long startIndex, int pageSize, ListJobsRequest request) {
    Check.required(request, "request");
    JobLists.check(startIndex, pageSize);
    int start = (int) startIndex;
    String filter = request.filter().orElse(null);
    String fields = FileOps.blankToNull(request.responseFields().orElse(null));
    return KiboOp.onTenant(tenant -> lister.list(tenant.api(), start, pageSize, filter, fields),
        jobs -> PageResult.of(jobs == null ? List.of() : jobs));
  }

  /** Returns the first page {@code request} asks for, blocking. */
  List<J> list(ListJobsRequest request) {
    Check.required(request, "request");
    return calls.run(page(request.startIndex(), request.pageSize(), request)).items();
  }

  /** Returns the first page {@code request} asks for, asynchronously. */
  CompletableFuture<List<J>> listAsync(ListJobsRequest request) {
    return Async.supply(() -> {
      Check.required(request, "request");
      return ApiTransport.mapAsync(calls.runAsync(page(request.startIndex(), request.pageSize(), request)),
          PageResult::items);
    });
  }

  /** Lists every job from {@code request}'s start index on, blocking page by page. */
  PagedIterable<J> listAll(ListJobsRequest request) {
    Check.required(request, "request");
    JobLists.check(request);
    return PagedIterable.byStartIndex(request.startIndex(), request.pageSize(),
        (position, size) -> {
          BatchPaging.checkPosition(listOperation(), position);
          return calls.run(page(position, size, request));
        });
  }

  /** Lists every job from {@code request}'s start index on, asynchronously; bad input fails every page. */
  AsyncPagedIterable<J> listAllAsync(ListJobsRequest request) {
    try {
      Check.required(request, "request");
      JobLists.check(request);
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return AsyncPagedIterable.byStartIndex(request.startIndex(), request.pageSize(),
        (position, size) -> Async.supply(() -> {
          BatchPaging.checkPosition(listOperation(), position);
          return calls.runAsync(page(position, size, request));
        }));
  }

  private String listOperation() {
    return "GET /platform/data/" + kind;
  }

  /** Polls the job on this thread until it succeeds. */
  J waitForCompletion(String jobId, JobWait<J> wait) {
    Check.pathSegment(jobId, "jobId");
    Check.required(wait, "wait");
    return JobWaiter.await(calls, kind, jobId, () -> calls.run(get(jobId, null)), fileOnSuccess, wait);
  }

  /** Polls the job without blocking until it succeeds; cancelling the future stops polling. */
  CompletableFuture<J> waitForCompletionAsync(String jobId, JobWait<J> wait) {
    return Async.supply(() -> {
      Check.pathSegment(jobId, "jobId");
      Check.required(wait, "wait");
      return JobWaiter.awaitAsync(calls, kind, jobId, () -> calls.runAsync(get(jobId, null)), fileOnSuccess, wait);
    });
  }
}

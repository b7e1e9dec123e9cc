package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PageResult;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.model.FileType;
import io.commerceclients.kibo.importexport.model.KiboJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.function.Function;
import retrofit2.Call;

/** The get, delete, list and wait calls that import jobs and export jobs share. */
final class JobEndpoints<J extends KiboJob> {

  /** Reads one job. */
  @FunctionalInterface
  interface Getter<J> {
    Call<J> get(String id, String responseFields);
  }

  /** Lists one page of jobs. */
  @FunctionalInterface
  interface Lister<J> {
    Call<List<J>> list(int startIndex, int pageSize, String filter, String responseFields);
  }

  private final KiboContext context;
  private final String kind;
  private final FileType fileOnSuccess;
  private final Getter<J> get;
  private final Function<String, Call<Void>> delete;
  private final Lister<J> lister;

  JobEndpoints(KiboContext context, String kind, FileType fileOnSuccess, Getter<J> get,
      Function<String, Call<Void>> delete, Lister<J> lister) {
    this.context = context;
    this.kind = kind;
    this.fileOnSuccess = fileOnSuccess;
    this.get = get;
    this.delete = delete;
    this.lister = lister;
  }

  String kind() {
    return kind;
  }

  J get(String jobId) {
    return get(jobId, null);
  }

  J get(String jobId, String responseFields) {
    Check.notBlank(jobId, "jobId");
    return context.transport().execute(get.get(jobId, DefaultFilesService.blankToNull(responseFields)));
  }

  void delete(String jobId) {
    Check.notBlank(jobId, "jobId");
    context.transport().execute(delete.apply(jobId));
  }

  List<J> list(ListJobsRequest request) {
    Check.required(request, "request");
    return page(request.startIndex(), request.pageSize(), request);
  }

  PagedIterable<J> listAll(ListJobsRequest request) {
    Check.required(request, "request");
    JobLists.check(request);
    return PagedIterable.byStartIndex(request.startIndex(), request.pageSize(),
        (position, size) -> PageResult.of(page(Math.toIntExact(position), size, request)));
  }

  J waitForCompletion(String jobId, JobWait<J> wait) {
    Check.notBlank(jobId, "jobId");
    Check.required(wait, "wait");
    return JobWaiter.await(context, kind, jobId, this::get, fileOnSuccess, wait);
  }

  private List<J> page(int startIndex, int pageSize, ListJobsRequest request) {
    JobLists.check(startIndex, pageSize);
    List<J> jobs = context.transport().execute(lister.list(startIndex, pageSize, request.filter().orElse(null),
        DefaultFilesService.blankToNull(request.responseFields().orElse(null))));
    return jobs == null ? List.of() : jobs;
  }
}

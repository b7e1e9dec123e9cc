package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobCollection;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemResultSet;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.BatchJobSummaryCollection;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import java.util.List;
import java.util.Optional;

/** Batch jobs, blocking: each method runs its {@link BatchJobOps} operation; the one-call run is {@link BatchJobRunner}. */
final class DefaultBatchJobsService implements BatchJobsService {
  private final KiboCalls calls;

  DefaultBatchJobsService(KiboCalls calls) {
    this.calls = calls;
  }

  @Override
  public BatchJob create(CreateBatchJobRequest request) {
    return calls.run(BatchJobOps.create(request));
  }

  @Override
  public BatchJobCollection list(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return calls.run(BatchJobOps.listPage(request, request.startIndex(), request.pageSize()));
  }

  @Override
  public PagedIterable<BatchJob> listAll(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return BatchPaging.all("list batch jobs", request.startIndex(), request.pageSize(),
        (start, size) -> calls.run(BatchJobOps.listPage(request, start, size)));
  }

  @Override
  public BatchJob get(String code) {
    return calls.run(BatchJobOps.get(code));
  }

  @Override
  public BatchJob update(UpdateBatchJobRequest request) {
    return calls.run(BatchJobOps.update(request));
  }

  @Override
  public Optional<BatchJob> delete(String code) {
    return calls.run(BatchJobOps.delete(code));
  }

  @Override
  public BatchJob start(String code) {
    return perform(code, BatchJobActionType.START);
  }

  @Override
  public BatchJob cancel(String code) {
    return perform(code, BatchJobActionType.CANCEL);
  }

  @Override
  public BatchJob reset(String code) {
    return perform(code, BatchJobActionType.RESET);
  }

  @Override
  public BatchJob perform(String code, BatchJobActionType action) {
    return calls.run(BatchJobOps.perform(code, action));
  }

  @Override
  public List<BatchJobActionType> availableActions(String code) {
    return calls.run(BatchJobOps.availableActions(code));
  }

  @Override
  public BatchJobSummary summary(String code) {
    return calls.run(BatchJobOps.summary(code));
  }

  @Override
  public BatchJobSummaryCollection summaries(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return calls.run(BatchJobOps.summariesPage(request, request.startIndex(), request.pageSize()));
  }

  @Override
  public PagedIterable<BatchJobSummary> summariesAll(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return BatchPaging.all("list batch job summaries", request.startIndex(), request.pageSize(),
        (start, size) -> calls.run(BatchJobOps.summariesPage(request, start, size)));
  }

  @Override
  public BatchJobItemResultSet items(String code, BatchJobItemsFilter filter) {
    BatchJobOps.checkCode(code, "code");
    Check.required(filter, "filter");
    return calls.run(BatchJobOps.itemsPage(code, filter, filter.startIndex(), filter.pageSize()));
  }

  @Override
  public PagedIterable<BatchJobItem> itemsAll(String code, BatchJobItemsFilter filter) {
    BatchJobOps.checkCode(code, "code");
    Check.required(filter, "filter");
    return BatchPaging.all("list batch job items", filter.startIndex(), filter.pageSize(),
        (start, size) -> calls.run(BatchJobOps.itemsPage(code, filter, start, size)));
  }

  @Override
  public Optional<BatchJobItem> item(String code, String correlationId) {
    return calls.run(BatchJobOps.item(code, correlationId));
  }

  @Override
  public BatchJobResult run(BatchJobRunRequest request) {
    BatchJobRuns.check(request);
    return BatchJobRunner.run(calls, this, request);
  }

  @Override
  public BatchJobResult run(String code) {
    return run(BatchJobRuns.of(code));
  }
}

package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsServiceAsync;
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
import java.util.concurrent.CompletableFuture;

/** Batch jobs, asynchronous: each method runs its {@link BatchJobOps} operation without blocking. */
final class DefaultBatchJobsServiceAsync implements BatchJobsServiceAsync {
  private final KiboCalls calls;

  DefaultBatchJobsServiceAsync(KiboCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<BatchJob> create(CreateBatchJobRequest request) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.create(request)));
  }

  @Override
  public CompletableFuture<BatchJobCollection> list(ListBatchJobsRequest request) {
    return Async.supply(() -> {
      Check.required(request, "request");
      return calls.runAsync(BatchJobOps.listPage(request, request.startIndex(), request.pageSize()));
    });
  }

  @Override
  public AsyncPagedIterable<BatchJob> listAll(ListBatchJobsRequest request) {
    try {
      Check.required(request, "request");
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return BatchPaging.allAsync("list batch jobs", request.startIndex(), request.pageSize(),
        (start, size) -> calls.runAsync(BatchJobOps.listPage(request, start, size)));
  }

  @Override
  public CompletableFuture<BatchJob> get(String code) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.get(code)));
  }

  @Override
  public CompletableFuture<BatchJob> update(UpdateBatchJobRequest request) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.update(request)));
  }

  @Override
  public CompletableFuture<Optional<BatchJob>> delete(String code) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.delete(code)));
  }

  @Override
  public CompletableFuture<BatchJob> start(String code) {
    return perform(code, BatchJobActionType.START);
  }

  @Override
  public CompletableFuture<BatchJob> cancel(String code) {
    return perform(code, BatchJobActionType.CANCEL);
  }

  @Override
  public CompletableFuture<BatchJob> reset(String code) {
    return perform(code, BatchJobActionType.RESET);
  }

  @Override
  public CompletableFuture<BatchJob> perform(String code, BatchJobActionType action) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.perform(code, action)));
  }

  @Override
  public CompletableFuture<List<BatchJobActionType>> availableActions(String code) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.availableActions(code)));
  }

  @Override
  public CompletableFuture<BatchJobSummary> summary(String code) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.summary(code)));
  }

  @Override
  public CompletableFuture<BatchJobSummaryCollection> summaries(ListBatchJobsRequest request) {
    return Async.supply(() -> {
      Check.required(request, "request");
      return calls.runAsync(BatchJobOps.summariesPage(request, request.startIndex(), request.pageSize()));
    });
  }

  @Override
  public AsyncPagedIterable<BatchJobSummary> summariesAll(ListBatchJobsRequest request) {
    try {
      Check.required(request, "request");
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return BatchPaging.allAsync("list batch job summaries", request.startIndex(), request.pageSize(),
        (start, size) -> calls.runAsync(BatchJobOps.summariesPage(request, start, size)));
  }

  @Override
  public CompletableFuture<BatchJobItemResultSet> items(String code, BatchJobItemsFilter filter) {
    return Async.supply(() -> {
      BatchJobOps.checkCode(code, "code");
      Check.required(filter, "filter");
      return calls.runAsync(BatchJobOps.itemsPage(code, filter, filter.startIndex(), filter.pageSize()));
    });
  }

  @Override
  public AsyncPagedIterable<BatchJobItem> itemsAll(String code, BatchJobItemsFilter filter) {
    try {
      BatchJobOps.checkCode(code, "code");
      Check.required(filter, "filter");
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return BatchPaging.allAsync("list batch job items", filter.startIndex(), filter.pageSize(),
        (start, size) -> calls.runAsync(BatchJobOps.itemsPage(code, filter, start, size)));
  }

  @Override
  public CompletableFuture<Optional<BatchJobItem>> item(String code, String correlationId) {
    return Async.supply(() -> calls.runAsync(BatchJobOps.item(code, correlationId)));
  }

  @Override
  public CompletableFuture<BatchJobResult> run(BatchJobRunRequest request) {
    return Async.supply(() -> {
      BatchJobRuns.check(request);
      return BatchJobRunner.runAsync(calls, this, request);
    });
  }

  @Override
  public CompletableFuture<BatchJobResult> run(String code) {
    return Async.supply(() -> run(BatchJobRuns.of(code)));
  }
}

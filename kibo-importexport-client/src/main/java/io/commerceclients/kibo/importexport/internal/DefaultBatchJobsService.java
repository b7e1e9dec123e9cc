package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.model.BatchDomain;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobCollection;
import io.commerceclients.kibo.importexport.model.BatchJobItem;
import io.commerceclients.kibo.importexport.model.BatchJobItemResultSet;
import io.commerceclients.kibo.importexport.model.BatchJobItemStatus;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.BatchJobSummaryCollection;
import io.commerceclients.kibo.importexport.model.BatchResourceType;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import java.util.List;
import java.util.Optional;
import retrofit2.Call;

/** Batch jobs over the tenant transport, and their one-call run. */
final class DefaultBatchJobsService implements BatchJobsService {
  private final KiboContext context;
  private final BatchJobRunner runner;
  private volatile KiboBatchJobApi api;

  DefaultBatchJobsService(KiboContext context) {
    this.context = context;
    this.runner = new BatchJobRunner(context, this);
  }

  @Override
  public BatchJob create(CreateBatchJobRequest request) {
    Check.required(request, "request");
    request.code().ifPresent(code -> checkCode(code, "code"));
    request.name().ifPresent(name -> Check.notBlank(name, "name"));
    return execute(api().createBatchJob(request));
  }

  @Override
  public BatchJobCollection list(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return listPage(request, request.startIndex(), request.pageSize());
  }

  @Override
  public PagedIterable<BatchJob> listAll(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return BatchPaging.all("list batch jobs", request.startIndex(), request.pageSize(),
        (start, size) -> listPage(request, start, size));
  }

  @Override
  public BatchJob get(String code) {
    checkCode(code, "code");
    return execute(api().getBatchJob(code));
  }

  @Override
  public BatchJob update(UpdateBatchJobRequest request) {
    Check.required(request, "request");
    checkCode(request.code(), "code");
    Check.notBlank(request.name(), "name");
    return execute(api().updateBatchJob(request.code(), request));
  }

  @Override
  public Optional<BatchJob> delete(String code) {
    checkCode(code, "code");
    return Optional.ofNullable(context.transport().execute(api().deleteBatchJob(code)));
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
    checkCode(code, "code");
    Check.required(action, "action");
    Check.notBlank(action.value(), "action");
    return execute(api().performBatchJobAction(code, BatchJobActionBody.of(action)));
  }

  @Override
  public List<BatchJobActionType> availableActions(String code) {
    checkCode(code, "code");
    List<BatchJobActionType> actions = execute(api().getAvailableBatchJobActions(code));
    if (actions.contains(null)) {
      throw new ProtocolException("Kibo's answer to get available batch job actions holds a null action");
    }
    return List.copyOf(actions);
  }

  @Override
  public BatchJobSummary summary(String code) {
    checkCode(code, "code");
    return execute(api().getBatchJobSummary(code));
  }

  @Override
  public BatchJobSummaryCollection summaries(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return summariesPage(request, request.startIndex(), request.pageSize());
  }

  @Override
  public PagedIterable<BatchJobSummary> summariesAll(ListBatchJobsRequest request) {
    Check.required(request, "request");
    return BatchPaging.all("list batch job summaries", request.startIndex(), request.pageSize(),
        (start, size) -> summariesPage(request, start, size));
  }

  @Override
  public BatchJobItemResultSet items(String code, BatchJobItemsFilter filter) {
    checkCode(code, "code");
    Check.required(filter, "filter");
    return itemsPage(code, filter, filter.startIndex(), filter.pageSize());
  }

  @Override
  public PagedIterable<BatchJobItem> itemsAll(String code, BatchJobItemsFilter filter) {
    checkCode(code, "code");
    Check.required(filter, "filter");
    return BatchPaging.all("list batch job items", filter.startIndex(), filter.pageSize(),
        (start, size) -> itemsPage(code, filter, start, size));
  }

  @Override
  public Optional<BatchJobItem> item(String code, String correlationId) {
    checkCode(code, "code");
    checkCode(correlationId, "correlationId");
    List<BatchJobItem> items = execute(api().getBatchJobItem(code, correlationId)).items();
    if (items.size() > 1) {
      throw new ProtocolException("Kibo's answer to get batch job item holds " + items.size()
          + " items for correlation id " + correlationId + " (field items)");
    }
    return items.stream().findFirst();
  }

  @Override
  public BatchJobResult run(BatchJobRunRequest request) {
    Check.required(request, "request");
    checkCode(request.code(), "code");
    Check.inRange(request.maxFailedItems(), 1, Integer.MAX_VALUE, "maxFailedItems");
    return runner.run(request);
  }

  @Override
  public BatchJobResult run(String code) {
    checkCode(code, "code");
    return run(BatchJobRunRequest.builder().code(code).build());
  }

  private BatchJobCollection listPage(ListBatchJobsRequest request, int startIndex, int pageSize) {
    BatchPaging.check(startIndex, pageSize);
    return execute(api().listBatchJobs(request.domain().map(BatchDomain::value).orElse(null),
        pageSize, startIndex, request.status().map(BatchJobStatus::value).orElse(null),
        request.includeCount().orElse(null)));
  }

  private BatchJobSummaryCollection summariesPage(ListBatchJobsRequest request, int startIndex, int pageSize) {
    BatchPaging.check(startIndex, pageSize);
    return execute(api().listBatchJobSummaries(
        request.domain().map(BatchDomain::value).orElse(null), pageSize, startIndex,
        request.status().map(BatchJobStatus::value).orElse(null), request.includeCount().orElse(null)));
  }

  private BatchJobItemResultSet itemsPage(String code, BatchJobItemsFilter filter, int startIndex, int pageSize) {
    BatchPaging.check(startIndex, pageSize);
    return execute(api().getBatchJobItems(code, pageSize, startIndex,
        filter.includeCount().orElse(null), filter.processingStatus().map(BatchJobItemStatus::value).orElse(null),
        filter.resourceType().map(BatchResourceType::value).orElse(null)));
  }

  /**
   * Executes {@code call} and returns its body; the transport refuses an empty or unreadable body
   * with a {@link io.commerceclients.core.error.ProtocolException} naming the operation and field.
   */
  private <T> T execute(Call<T> call) {
    return context.transport().execute(call);
  }

  /** Requires a code (or correlation id) that is not blank and not a path step ({@code .} or {@code ..}). */
  private static void checkCode(String value, String field) {
    Check.notBlank(value, field);
    Check.that(!value.equals(".") && !value.equals(".."), field, "must not be '.' or '..', got '" + value + "'");
  }

  private KiboBatchJobApi api() {
    KiboBatchJobApi current = api;
    if (current == null) {
      current = context.transport().create(KiboBatchJobApi.class);
      api = current;
    }
    return current;
  }
}

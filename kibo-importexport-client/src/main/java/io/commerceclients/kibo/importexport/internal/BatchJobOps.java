package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.validation.Check;
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

/**
 * The batch-job operations, each validated and built once for the blocking and the asynchronous
 * service. The transport refuses an empty or unreadable body with a {@link ProtocolException}
 * naming the operation and field; the answers read here refuse what the transport cannot see.
 */
final class BatchJobOps {
  private BatchJobOps() {}

  static KiboOp<BatchJob, BatchJob> create(CreateBatchJobRequest request) {
    Check.required(request, "request");
    request.code().ifPresent(code -> checkCode(code, "code"));
    request.name().ifPresent(name -> Check.notBlank(name, "name"));
    return KiboOp.onTenant(tenant -> tenant.batchApi().createBatchJob(request));
  }

  static KiboOp<BatchJob, BatchJob> get(String code) {
    checkCode(code, "code");
    return KiboOp.onTenant(tenant -> tenant.batchApi().getBatchJob(code));
  }

  static KiboOp<BatchJob, BatchJob> update(UpdateBatchJobRequest request) {
    Check.required(request, "request");
    checkCode(request.code(), "code");
    Check.notBlank(request.name(), "name");
    return KiboOp.onTenant(tenant -> tenant.batchApi().updateBatchJob(request.code(), request));
  }

  static KiboOp<BatchJob, Optional<BatchJob>> delete(String code) {
    checkCode(code, "code");
    return KiboOp.onTenant(tenant -> tenant.batchApi().deleteBatchJob(code), Optional::ofNullable);
  }

  static KiboOp<BatchJob, BatchJob> perform(String code, BatchJobActionType action) {
    checkCode(code, "code");
    Check.required(action, "action");
    Check.notBlank(action.value(), "action");
    return KiboOp.onTenant(tenant -> tenant.batchApi().performBatchJobAction(code, BatchJobActionBody.of(action)));
  }

  static KiboOp<List<BatchJobActionType>, List<BatchJobActionType>> availableActions(String code) {
    checkCode(code, "code");
    return KiboOp.onTenant(tenant -> tenant.batchApi().getAvailableBatchJobActions(code), actions -> {
      if (actions.contains(null)) {
        throw new ProtocolException("Kibo's answer to get available batch job actions holds a null action");
      }
      return List.copyOf(actions);
    });
  }

  static KiboOp<BatchJobSummary, BatchJobSummary> summary(String code) {
    checkCode(code, "code");
    return KiboOp.onTenant(tenant -> tenant.batchApi().getBatchJobSummary(code));
  }

  static KiboOp<BatchJobCollection, BatchJobCollection> listPage(ListBatchJobsRequest request, int startIndex,
      int pageSize) {
    Check.required(request, "request");
    BatchPaging.check(startIndex, pageSize);
    return KiboOp.onTenant(tenant -> tenant.batchApi().listBatchJobs(request.domain().map(BatchDomain::value).orElse(null),
        pageSize, startIndex, request.status().map(BatchJobStatus::value).orElse(null),
        request.includeCount().orElse(null)));
  }

  static KiboOp<BatchJobSummaryCollection, BatchJobSummaryCollection> summariesPage(ListBatchJobsRequest request,
      int startIndex, int pageSize) {
    Check.required(request, "request");
    BatchPaging.check(startIndex, pageSize);
    return KiboOp.onTenant(tenant -> tenant.batchApi().listBatchJobSummaries(
        request.domain().map(BatchDomain::value).orElse(null), pageSize, startIndex,
        request.status().map(BatchJobStatus::value).orElse(null), request.includeCount().orElse(null)));
  }

  static KiboOp<BatchJobItemResultSet, BatchJobItemResultSet> itemsPage(String code, BatchJobItemsFilter filter,
      int startIndex, int pageSize) {
    checkCode(code, "code");
    Check.required(filter, "filter");
    BatchPaging.check(startIndex, pageSize);
    return KiboOp.onTenant(tenant -> tenant.batchApi().getBatchJobItems(code, pageSize, startIndex,
        filter.includeCount().orElse(null), filter.processingStatus().map(BatchJobItemStatus::value).orElse(null),
        filter.resourceType().map(BatchResourceType::value).orElse(null)));
  }

  static KiboOp<BatchJobItemResultSet, Optional<BatchJobItem>> item(String code, String correlationId) {
    checkCode(code, "code");
    checkCode(correlationId, "correlationId");
    return KiboOp.onTenant(tenant -> tenant.batchApi().getBatchJobItem(code, correlationId), answer -> {
      List<BatchJobItem> items = answer.items();
      if (items.size() > 1) {
        throw new ProtocolException("Kibo's answer to get batch job item holds " + items.size()
            + " items for correlation id " + correlationId + " (field items)");
      }
      return items.stream().findFirst();
    });
  }

  /** Requires a code (or correlation id) that is not blank and not a path step ({@code .} or {@code ..}). */
  static void checkCode(String value, String field) {
    Check.pathSegment(value, field);
  }
}

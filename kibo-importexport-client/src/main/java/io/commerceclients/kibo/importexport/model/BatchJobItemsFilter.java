package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which items of a batch job to read: a page ({@code startIndex}, {@code pageSize} 1 to {@value
 * ListBatchJobsRequest#MAX_PAGE_SIZE}) and optional filters on processing status and resource type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobItemsFilter.class)
@JsonDeserialize(builder = ImmutableBatchJobItemsFilter.Builder.class)
public interface BatchJobItemsFilter {

  /** Returns a builder; every field has a default. */
  static ImmutableBatchJobItemsFilter.Builder builder() {
    return ImmutableBatchJobItemsFilter.builder();
  }

  /** Returns the first page of every item, with the default page size. */
  static BatchJobItemsFilter all() {
    return builder().build();
  }

  /** Returns the first page of the items with {@code status}. */
  static BatchJobItemsFilter withStatus(BatchJobItemStatus status) {
    return builder().processingStatus(status).build();
  }

  /** The index of the first item to return; 0 by default. */
  @Value.Default
  default int startIndex() {
    return 0;
  }

  /**
   * The number of items per page, 1 to {@value ListBatchJobsRequest#MAX_PAGE_SIZE}; {@value
   * ListBatchJobsRequest#DEFAULT_PAGE_SIZE} by default.
   */
  @Value.Default
  default int pageSize() {
    return ListBatchJobsRequest.DEFAULT_PAGE_SIZE;
  }

  /** Only items with this processing status. */
  Optional<BatchJobItemStatus> processingStatus();

  /** Only items of this resource type. */
  Optional<BatchResourceType> resourceType();

  /** Asks Kibo to report {@code totalCount} and {@code pageCount}. */
  Optional<Boolean> includeCount();
}

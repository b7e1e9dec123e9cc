package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of batch jobs or of their summaries: {@code startIndex} (0 is the first job), {@code
 * pageSize} (1 to {@value #MAX_PAGE_SIZE}) and optional filters on domain and status.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableListBatchJobsRequest.class)
@JsonDeserialize(builder = ImmutableListBatchJobsRequest.Builder.class)
public interface ListBatchJobsRequest {

  /** The page size used when none is given. */
  int DEFAULT_PAGE_SIZE = 20;

  /**
   * The largest page size: the limit Kibo's API reference documents for its paged collections
   * (the batch-job spec states none).
   */
  int MAX_PAGE_SIZE = 200;

  /** Returns a builder; every field has a default. */
  static ImmutableListBatchJobsRequest.Builder builder() {
    return ImmutableListBatchJobsRequest.builder();
  }

  /** Returns the first page with the default size and no filter. */
  static ListBatchJobsRequest firstPage() {
    return builder().build();
  }

  /** The index of the first job to return; 0 by default. */
  @Value.Default
  default int startIndex() {
    return 0;
  }

  /** The number of jobs per page, 1 to {@value #MAX_PAGE_SIZE}; {@value #DEFAULT_PAGE_SIZE} by default. */
  @Value.Default
  default int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /** Only jobs of this domain. */
  Optional<BatchDomain> domain();

  /** Only jobs with this status. */
  Optional<BatchJobStatus> status();

  /** Asks Kibo to report {@code totalCount} and {@code pageCount}. */
  Optional<Boolean> includeCount();
}

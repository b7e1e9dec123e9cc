package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of the import or export job list: {@code startIndex} (0 is the first job), {@code
 * pageSize}, an optional Kibo filter expression and optional {@code responseFields}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableListJobsRequest.class)
@JsonDeserialize(builder = ImmutableListJobsRequest.Builder.class)
public interface ListJobsRequest {

  /** The page size used when none is given. */
  int DEFAULT_PAGE_SIZE = 20;

  /** Returns a builder; every field has a default. */
  static ImmutableListJobsRequest.Builder builder() {
    return ImmutableListJobsRequest.builder();
  }

  /** The index of the first job to return; 0 by default. */
  @Value.Default
  default int startIndex() {
    return 0;
  }

  /** The number of jobs per page, at least 1; {@value #DEFAULT_PAGE_SIZE} by default. */
  @Value.Default
  default int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /** A filter in Kibo's filter syntax, for example {@code status eq 'errored'}. */
  Optional<String> filter();

  /**
   * Kibo's {@code responseFields}, applied to each job of the page: the fields to keep,
   * comma-separated, nested with dots or parentheses ({@code id,status,resources(resource,status)});
   * absent returns every field.
   */
  Optional<String> responseFields();
}

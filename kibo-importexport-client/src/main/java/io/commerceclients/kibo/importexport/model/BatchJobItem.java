package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change recorded in a batch job (a call on a catalog resource), with its processing status
 * and, when it failed, its errors.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobItem.class)
@JsonDeserialize(builder = ImmutableBatchJobItem.Builder.class)
public interface BatchJobItem {

  /** Returns a builder. */
  static ImmutableBatchJobItem.Builder builder() {
    return ImmutableBatchJobItem.builder();
  }

  /** The code of the job the item belongs to. */
  Optional<String> batchJobCode();

  /** The id that identifies the item in its job. */
  Optional<String> correlationId();

  /** The key of the changed resource, such as a product code. */
  Optional<String> itemKey();

  /** The kind of resource changed. */
  Optional<BatchResourceType> resourceType();

  /** The item's processing status. */
  Optional<BatchJobItemStatus> processingStatus();

  /** The numeric status Kibo recorded for the item's call. */
  Optional<Integer> status();

  /** Why the item failed; empty when it did not. */
  List<BatchJobItemError> errors();

  /** How many times the item was retried. */
  Optional<Integer> retryCount();

  /** The URI of the item's call. */
  Optional<String> uri();

  /** The HTTP method of the item's call. */
  Optional<String> httpMethod();

  /** The query string of the item's call. */
  Optional<String> query();

  /** The master catalog id. */
  Optional<Integer> masterCatalog();

  /** The catalog id. */
  Optional<Integer> catalogId();

  /** The site id. */
  Optional<Integer> siteId();

  /** The locale code, such as {@code en-US}. */
  Optional<String> localeCode();

  /** The currency code, such as {@code USD}. */
  Optional<String> currencyCode();

  /** The data view mode Kibo's spec declares as the integer 0, 1 or 2. */
  Optional<Integer> dataViewMode();

  /** When and by whom the item was created and last updated. */
  Optional<AuditInfo> auditInfo();

  /** Returns true if the item failed, in processing or in validation. */
  default boolean failed() {
    return processingStatus().map(BatchJobItemStatus::isFailure).orElse(false);
  }
}

package io.commerceclients.kiliba.model.customers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and paging of the customer list. Every date is an inclusive lower bound; an empty string
 * in {@link #blacklistReasons()} or {@link #whitelistReasons()} matches customers without a reason.
 */
@Value.Immutable
public interface ListCustomersRequest {

  /** The default page size, as documented. */
  int DEFAULT_LIMIT = 1000;

  /** The largest page size Kiliba accepts. */
  int MAX_LIMIT = 10_000;

  /** Returns a builder; with nothing set, the request reads the first page of 1000 customers. */
  static ImmutableListCustomersRequest.Builder builder() {
    return ImmutableListCustomersRequest.builder();
  }

  /** Page size, 1 to 10000; the API defaults to 1000. */
  Optional<Integer> limit();

  /** Page index, starting at 1; the API defaults to 1. */
  Optional<Integer> page();

  /** Only customers updated at or after this instant. */
  Optional<OffsetDateTime> dateUpdate();

  /** Only customers blacklisted at or after this instant. */
  Optional<OffsetDateTime> blacklistDate();

  /** Only customers whitelisted at or after this instant. */
  Optional<OffsetDateTime> whitelistDate();

  /** Only customers with one of these blacklist reasons; {@code ""} matches no reason. */
  List<String> blacklistReasons();

  /** Only customers with one of these whitelist reasons; {@code ""} matches no reason. */
  List<String> whitelistReasons();

  /** Only customers with one of these statuses. */
  List<CustomerStatus> statuses();
}

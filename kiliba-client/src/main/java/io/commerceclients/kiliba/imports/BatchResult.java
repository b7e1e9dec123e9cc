package io.commerceclients.kiliba.imports;

import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of one import request (one batch). */
@Value.Immutable
public interface BatchResult {

  /** Returns a builder. */
  static ImmutableBatchResult.Builder builder() {
    return ImmutableBatchResult.builder();
  }

  /** The batch's number, from 1, in input order. */
  int number();

  /** The input index of the batch's first item, from 0. */
  long firstItemIndex();

  /** How many items the batch carried. */
  int itemCount();

  /** The size of the request body in bytes. */
  int bytes();

  /** Kiliba's {@code processed} count for the batch, when it succeeded and Kiliba sent one. */
  Optional<Long> processed();

  /**
   * How many times the batch was sent: 1 normally, more after retries. A batch sent more than once
   * may have reached Kiliba more than once, which an import (an upsert keyed by id) absorbs.
   */
  @Value.Default
  default int attempts() {
    return 1;
  }

  /** Why the batch failed, after the client's retries; empty if it succeeded. */
  Optional<RuntimeException> error();

  /** Returns true if Kiliba accepted the batch. */
  default boolean succeeded() {
    return error().isEmpty();
  }
}

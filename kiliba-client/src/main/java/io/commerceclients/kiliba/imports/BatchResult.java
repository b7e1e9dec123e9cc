package io.commerceclients.kiliba.imports;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one import request (one batch): succeeded (Kiliba's {@code processed} count equals
 * the items sent), partially accepted (a smaller count: see {@link #partiallyAccepted()}), or
 * failed with its cause.
 */
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

  /**
   * Kiliba's {@code processed} count for the batch, whenever its answer carried one: equal to
   * {@link #itemCount()} for a success, smaller for a partially accepted batch.
   */
  Optional<Long> processed();

  /**
   * How many times the batch was sent: 1 normally, more after retries. A batch sent more than once
   * may have reached Kiliba more than once, which an import (an upsert keyed by id) absorbs.
   */
  @Value.Default
  default int attempts() {
    return 1;
  }

  /**
   * Why the batch failed, after the client's retries; empty if it succeeded. A {@link
   * PartiallyAcceptedException} for a batch Kiliba partially accepted, a {@code ProtocolException}
   * for an answer without a usable {@code processed} count (an empty body, or a count that is
   * negative or larger than the batch), an {@link ImportStoppedException} if an {@link Error}
   * struck while the batch was in flight.
   */
  Optional<RuntimeException> error();

  /** Returns true if Kiliba accepted every item of the batch. */
  default boolean succeeded() {
    return error().isEmpty();
  }

  /**
   * Returns true if Kiliba answered with a {@code processed} count smaller than the items sent: the
   * batch is not a success and is listed, with all its items, among the failed batches.
   */
  default boolean partiallyAccepted() {
    return error().filter(PartiallyAcceptedException.class::isInstance).isPresent();
  }
}

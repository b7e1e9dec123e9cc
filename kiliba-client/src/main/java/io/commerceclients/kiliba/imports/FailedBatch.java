package io.commerceclients.kiliba.imports;

import java.util.List;
import org.immutables.value.Value;

/**
 * A batch Kiliba did not accept, or accepted only in part, with its exact items so that they can be
 * fixed or sent again.
 *
 * @param <T> the record type
 */
@Value.Immutable
public interface FailedBatch<T> {

  /** Returns a builder. */
  static <T> ImmutableFailedBatch.Builder<T> builder() {
    return ImmutableFailedBatch.builder();
  }

  /** The batch's outcome, including the exception. */
  BatchResult result();

  /** The items of the batch, in input order. */
  List<T> items();

  /** The exception that ended the batch (after retries). */
  default RuntimeException error() {
    return result().error().orElseThrow();
  }

  /** Returns true if Kiliba processed only some of the batch's items (see {@link BatchResult#partiallyAccepted()}). */
  default boolean partiallyAccepted() {
    return result().partiallyAccepted();
  }
}

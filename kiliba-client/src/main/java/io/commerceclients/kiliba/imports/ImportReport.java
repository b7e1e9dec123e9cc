package io.commerceclients.kiliba.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a bulk import did: every batch sent, in order, with Kiliba's {@code processed} count, and
 * for every failed batch its exact items and exception. Items never leave the client without
 * appearing in exactly one batch here.
 *
 * @param <T> the record type
 */
@Value.Immutable
public interface ImportReport<T> {

  /** Returns a builder. */
  static <T> ImmutableImportReport.Builder<T> builder() {
    return ImmutableImportReport.builder();
  }

  /** The import endpoint, for example {@code products}. */
  String resource();

  /** Every batch sent, ordered by batch number. */
  List<BatchResult> batches();

  /** The batches Kiliba did not accept, ordered by batch number, with their items. */
  List<FailedBatch<T>> failedBatches();

  /** Items read from the input but never sent, because the import stopped early; usually empty. */
  List<T> unsentItems();

  /** Why the import stopped before the end of the input, if it did. */
  Optional<RuntimeException> stoppedBy();

  /** How many items were sent, in successful and failed batches. */
  default long itemsSent() {
    return batches().stream().mapToLong(BatchResult::itemCount).sum();
  }

  /** How many items were in batches Kiliba accepted. */
  default long itemsSucceeded() {
    return batches().stream().filter(BatchResult::succeeded).mapToLong(BatchResult::itemCount).sum();
  }

  /** How many items were in batches that failed. */
  default long itemsFailed() {
    return itemsSent() - itemsSucceeded();
  }

  /** The sum of Kiliba's {@code processed} counts over the successful batches. */
  default long processed() {
    return batches().stream().map(BatchResult::processed).flatMap(Optional::stream).mapToLong(Long::longValue).sum();
  }

  /** How many batches were sent more than once (after a retry), whatever their outcome. */
  default long batchesResent() {
    return batches().stream().filter(b -> b.attempts() > 1).count();
  }

  /** Returns true if every batch succeeded and the whole input was read. */
  default boolean isSuccessful() {
    return failedBatches().isEmpty() && stoppedBy().isEmpty();
  }

  /** Returns the items of every failed batch, in input order. */
  default List<T> failedItems() {
    List<T> items = new ArrayList<>();
    failedBatches().forEach(b -> items.addAll(b.items()));
    return items;
  }
}

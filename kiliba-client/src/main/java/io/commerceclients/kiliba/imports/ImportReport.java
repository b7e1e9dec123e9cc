package io.commerceclients.kiliba.imports;

import io.commerceclients.core.json.AllowNulls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk import did: every batch sent, in order, with Kiliba's {@code processed} count, and
 * for every failed batch its exact items and exception.
 *
 * <p><b>Every item read from the input is accounted for exactly once</b>: it is in a batch Kiliba
 * accepted ({@link #itemsSucceeded()}), in a failed batch with its cause ({@link #failedBatches()},
 * including batches Kiliba accepted only in part), or in {@link #unsentItems()}; so {@code
 * itemsSucceeded() + itemsFailed() + unsentItems().size() == itemsRead()}. This holds whatever
 * stops the import (an invalid item, a failing source, an interrupt, an {@link Error}, the
 * cancellation of an {@link ImportFuture}); when an Error stops it, {@link BulkImport#send} throws
 * {@link BulkImportAbortedException} carrying this report instead of returning it.
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

  /**
   * Items read from the input but never sent, in input order, because the import stopped early;
   * usually empty. A null element of the input (invalid, so it stops the import) is kept here as
   * null at its place, so no index read is left out.
   */
  @AllowNulls
  List<@Nullable T> unsentItems();

  /**
   * Why the import stopped before the end of the input, if it did: the {@code ValidationException}
   * of an invalid item, or an {@link ImportStoppedException} (interrupt, failing source, Error).
   */
  Optional<RuntimeException> stoppedBy();

  /** How many items were sent, in successful and failed batches. */
  default long itemsSent() {
    return batches().stream().mapToLong(BatchResult::itemCount).sum();
  }

  /** How many items were in batches Kiliba accepted. */
  default long itemsSucceeded() {
    return batches().stream().filter(BatchResult::succeeded).mapToLong(BatchResult::itemCount).sum();
  }

  /** How many items were in batches that failed or that Kiliba accepted only in part. */
  default long itemsFailed() {
    return itemsSent() - itemsSucceeded();
  }

  /** How many items were read from the input: those sent plus those unsent. */
  default long itemsRead() {
    return itemsSent() + unsentItems().size();
  }

  /** The sum of Kiliba's {@code processed} counts over every batch whose answer carried one. */
  default long processed() {
    return batches().stream().map(BatchResult::processed).flatMap(Optional::stream).mapToLong(Long::longValue).sum();
  }

  /** How many batches were sent more than once (after a retry), whatever their outcome. */
  default long batchesResent() {
    return batches().stream().filter(b -> b.attempts() > 1).count();
  }

  /**
   * Returns true if the whole input was read and sent and Kiliba accepted every item of every
   * batch; false if any batch failed or was partially accepted, or the import stopped early.
   */
  default boolean isSuccessful() {
    return failedBatches().isEmpty() && stoppedBy().isEmpty() && unsentItems().isEmpty();
  }

  /** Returns the items of every failed batch, in input order. */
  default List<T> failedItems() {
    List<T> items = new ArrayList<>();
    failedBatches().forEach(b -> items.addAll(b.items()));
    return items;
  }
}

package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.kiliba.imports.ImportStoppedException.Reason;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ObjLongConsumer;

/**
 * Cuts a stream of items into JSON arrays of at most {@code maxItems} items and {@code maxBytes}
 * bytes, reading the input lazily: it holds only the batch it is building. Each item is validated,
 * then serialised once, straight into the batch's buffer, where its size is measured; an item that
 * does not fit is cut off and carried to the next batch as bytes. A batch of {@code maxItems}
 * items is returned without reading the next item, so a source that waits for its next record
 * never holds back a full batch. An item read from the
 * source is always either in a returned batch or in {@link #unsentItems()}, whatever is thrown.
 */
final class JsonBatcher<T> implements Iterator<JsonBatch<T>> {

  private final Iterator<? extends T> source;
  private final ObjectWriter writer;
  private final int maxItems;
  private final long maxBytes;
  private final ObjLongConsumer<T> validator;
  private final ItemTooLarge tooLarge;

  private long nextIndex;
  private int nextNumber = 1;
  private T carriedItem;
  private byte[] carriedJson;
  private int capacityHint = 8192;
  private final List<T> building;

  /** Reports an item whose JSON alone exceeds the byte limit. */
  interface ItemTooLarge {
    RuntimeException of(long index, int bytes, long maxBytes);
  }

  JsonBatcher(
      Iterator<? extends T> source,
      ObjectWriter writer,
      int maxItems,
      long maxBytes,
      ObjLongConsumer<T> validator,
      ItemTooLarge tooLarge) {
    this.source = source;
    this.writer = writer;
    this.maxItems = maxItems;
    this.maxBytes = maxBytes;
    this.validator = validator;
    this.tooLarge = tooLarge;
    this.building = new ArrayList<>(maxItems + 1);
  }

  /**
   * Returns true if there is another batch.
   *
   * @throws ImportStoppedException ({@link Reason#SOURCE_FAILED}) if the source threw
   */
  @Override
  public boolean hasNext() {
    return carriedItem != null || sourceHasNext();
  }

  /**
   * Returns the next batch.
   *
   * @throws ImportStoppedException ({@link Reason#SOURCE_FAILED}) if the source threw, with what it
   *     threw (even an {@link Error}) as the cause
   * @throws RuntimeException what the validator throws for an invalid item, or the {@link
   *     ItemTooLarge} exception; {@link #unsentItems()} then lists the items read but not batched,
   *     the invalid one last
   */
  @Override
  public JsonBatch<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchBuffer out = new BatchBuffer(capacityHint);
    out.write('[');
    long firstIndex = unsentFirstIndex();
    if (carriedItem != null) {
      building.add(carriedItem);
      out.write(carriedJson, 0, carriedJson.length);
      carriedItem = null;
      carriedJson = null;
    }
    JsonGenerator generator = generator(out);
    while (building.size() < maxItems && sourceHasNext()) {
      T item = sourceNext();
      long index = nextIndex++;
      building.add(item);
      validator.accept(item, index);
      int count = building.size() - 1;
      int start = out.size();
      if (count > 0) {
        out.write(',');
      }
      int itemStart = out.size();
      serialise(generator, item);
      int json = out.size() - itemStart;
      if (json + 2L > maxBytes) {
        throw tooLarge.of(index, json, maxBytes);
      }
      if (count > 0 && out.size() + 1L > maxBytes) {
        carriedJson = out.copyFrom(itemStart);
        carriedItem = building.remove(count);
        out.truncate(start);
        break;
      }
    }
    close(generator);
    out.write(']');
    capacityHint = out.size() + (out.size() >> 4) + 64;
    List<T> items = List.copyOf(building);
    building.clear();
    return new JsonBatch<>(nextNumber++, firstIndex, items, out.array(), out.size());
  }

  /**
   * The items read from the source but not in a returned batch, in input order: the item carried
   * over to the next batch, or after an exception from {@link #next()} the batch being built.
   */
  List<T> unsentItems() {
    List<T> unsent = new ArrayList<>(building);
    if (carriedItem != null) {
      unsent.add(carriedItem);
    }
    return unsent;
  }

  /** How many items were read from the source so far. */
  long itemsRead() {
    return nextIndex;
  }

  /** The input index of the first of {@link #unsentItems()}: they are always the last items read. */
  long unsentFirstIndex() {
    return nextIndex - building.size() - (carriedItem != null ? 1 : 0);
  }

  private boolean sourceHasNext() {
    try {
      return source.hasNext();
    } catch (Throwable failure) {
      throw sourceFailed(failure);
    }
  }

  private T sourceNext() {
    try {
      return source.next();
    } catch (Throwable failure) {
      throw sourceFailed(failure);
    }
  }

  private ImportStoppedException sourceFailed(Throwable failure) {
    return new ImportStoppedException(Reason.SOURCE_FAILED, "the item source (the Iterable or Stream given to send) threw "
        + failure + " after " + nextIndex + " items were read", failure);
  }

  /** A generator writing straight into the batch's buffer, with nothing between root values. */
  private JsonGenerator generator(BatchBuffer out) {
    try {
      JsonGenerator generator = writer.createGenerator(out);
      generator.setRootValueSeparator(null);
      return generator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void close(JsonGenerator generator) {
    try {
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the item's JSON into the buffer the generator writes to. */
  private void serialise(JsonGenerator generator, T item) {
    try {
      writer.writeValue(generator, item);
      generator.flush();
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialise " + item.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}

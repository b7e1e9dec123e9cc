package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ObjLongConsumer;

/**
 * Cuts a stream of items into JSON arrays of at most {@code maxItems} items and {@code maxBytes}
 * bytes, reading the input lazily: it holds only the batch it is building. Each item is validated,
 * then serialised once; the size of the array is measured from those bytes.
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
  private final List<T> building = new ArrayList<>();

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
  }

  @Override
  public boolean hasNext() {
    return carriedItem != null || source.hasNext();
  }

  /**
   * Returns the next batch.
   *
   * @throws RuntimeException what the validator throws for an invalid item; {@link
   *     #unsentItems()} then lists the items read but not batched, the invalid one last
   */
  @Override
  public JsonBatch<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    building.clear();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    long firstIndex = carriedItem != null ? nextIndex - 1 : nextIndex;
    while (carriedItem != null || source.hasNext()) {
      T item;
      byte[] json;
      if (carriedItem != null) {
        item = carriedItem;
        json = carriedJson;
        carriedItem = null;
        carriedJson = null;
      } else {
        item = source.next();
        long index = nextIndex++;
        building.add(item);
        validator.accept(item, index);
        json = serialise(item);
        if (json.length + 2L > maxBytes) {
          throw tooLarge.of(index, json.length, maxBytes);
        }
        building.remove(building.size() - 1);
      }
      int count = building.size();
      long sizeWithItem = out.size() + (count > 0 ? 1 : 0) + json.length + 1L;
      if (count > 0 && (count == maxItems || sizeWithItem > maxBytes)) {
        carriedItem = item;
        carriedJson = json;
        break;
      }
      if (count > 0) {
        out.write(',');
      }
      out.writeBytes(json);
      building.add(item);
    }
    out.write(']');
    List<T> items = List.copyOf(building);
    building.clear();
    return new JsonBatch<>(nextNumber++, firstIndex, items, out.toByteArray());
  }

  /** The items read but not yet in a returned batch (after an exception from {@link #next()}). */
  List<T> unsentItems() {
    List<T> unsent = new ArrayList<>(building);
    if (carriedItem != null) {
      unsent.add(carriedItem);
    }
    return unsent;
  }

  private byte[] serialise(T item) {
    try {
      return writer.writeValueAsBytes(item);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialise " + item.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}

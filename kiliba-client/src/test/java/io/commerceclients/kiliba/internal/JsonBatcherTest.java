package io.commerceclients.kiliba.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.commerceclients.core.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JsonBatcherTest {

  private static final ObjectWriter WRITER = Json.mapper().writer();

  private static JsonBatcher<String> batcher(List<String> items, int maxItems, long maxBytes) {
    return new JsonBatcher<>(items.iterator(), WRITER, maxItems, maxBytes, (item, index) -> {
      if (item.equals("bad")) {
        throw new IllegalArgumentException("items[" + index + "] is bad");
      }
    }, (index, bytes, max) -> new IllegalArgumentException("items[" + index + "] is " + bytes + " bytes"));
  }

  private static List<JsonBatch<String>> drain(JsonBatcher<String> batcher) {
    List<JsonBatch<String>> batches = new ArrayList<>();
    batcher.forEachRemaining(batches::add);
    return batches;
  }

  @Test
  void splitsByCountAndKeepsEveryItemOnceInOrder() throws Exception {
    List<String> items = IntStream.range(0, 2500).mapToObj(i -> "i" + i).collect(Collectors.toList());

    List<JsonBatch<String>> batches = drain(batcher(items, 1000, 6_000_000));

    assertEquals(List.of(1000, 1000, 500), batches.stream().map(b -> b.items().size()).collect(Collectors.toList()));
    assertEquals(List.of(0L, 1000L, 2000L), batches.stream().map(JsonBatch::firstItemIndex).collect(Collectors.toList()));
    List<String> all = new ArrayList<>();
    for (JsonBatch<String> b : batches) {
      assertEquals(b.items(), List.of(Json.mapper().readValue(b.json(), String[].class)));
      all.addAll(b.items());
    }
    assertEquals(items, all);
  }

  @Test
  void splitsByMeasuredBytesWithoutEverExceedingTheLimit() {
    // Each item serialises to 12 bytes ("aaaaaaaaaa" with quotes); an array of n items is 12n + (n-1) + 2 bytes.
    List<String> items = IntStream.range(0, 10).mapToObj(i -> "aaaaaaaaaa").collect(Collectors.toList());

    List<JsonBatch<String>> batches = drain(batcher(items, 1000, 40));

    // 3 items: 12*3 + 2 + 2 = 40 bytes fits exactly; 4 would be 53.
    assertEquals(List.of(3, 3, 3, 1), batches.stream().map(b -> b.items().size()).collect(Collectors.toList()));
    assertEquals(40, batches.get(0).json().length);
    batches.forEach(b -> assertTrue(b.json().length <= 40));
  }

  @Test
  void anItemLargerThanTheLimitAloneIsRefused() {
    JsonBatcher<String> batcher = batcher(List.of("ok", "x".repeat(100)), 1000, 50);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, batcher::next);

    assertEquals("items[1] is 102 bytes", e.getMessage());
    assertEquals(List.of("ok", "x".repeat(100)), batcher.unsentItems());
  }

  @Test
  void aFullBatchIsReturnedWithoutReadingTheNextItem() {
    AtomicInteger read = new AtomicInteger();
    Iterator<String> counted = List.of("a", "b", "c").stream().peek(item -> read.incrementAndGet()).iterator();
    JsonBatcher<String> batcher = new JsonBatcher<>(counted, WRITER, 2, 1000, (item, index) -> { },
        (index, bytes, max) -> new IllegalArgumentException("too large"));

    assertEquals(List.of("a", "b"), batcher.next().items());
    assertEquals(2, read.get());
  }

  @Test
  void anInvalidItemStopsTheBatchAndListsWhatWasReadButNotSent() {
    JsonBatcher<String> batcher = batcher(List.of("a", "b", "c", "bad", "e"), 2, 1000);

    assertEquals(List.of("a", "b"), batcher.next().items());
    assertThrows(IllegalArgumentException.class, batcher::next);
    assertEquals(List.of("c", "bad"), batcher.unsentItems());
  }

  @Test
  void emptyInputHasNoBatch() {
    assertFalse(batcher(List.of(), 1000, 1000).hasNext());
  }

  @Test
  void theByteCutIsExactAndEachBatchIsTheArrayOfItsItems() throws Exception {
    // Items of varied sizes, some with characters that JSON escapes or encodes on several bytes.
    List<String> items = IntStream.range(0, 500)
        .mapToObj(i -> "item " + i + " " + "é\"\\\n€".repeat(i % 7) + "x".repeat(i % 13))
        .collect(Collectors.toList());
    long limit = 700;

    List<JsonBatch<String>> batches = drain(batcher(items, 1000, limit));

    List<String> all = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      JsonBatch<String> batch = batches.get(b);
      byte[] expected = Json.mapper().writeValueAsBytes(batch.items());
      assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8),
          new String(batch.json(), java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(expected.length, batch.bytes());
      assertTrue(batch.bytes() <= limit);
      if (b + 1 < batches.size()) {
        // The next batch's first item would not have fitted: the cut is the latest possible.
        int next = Json.mapper().writeValueAsBytes(batches.get(b + 1).items().get(0)).length;
        assertTrue(batch.bytes() + 1 + next > limit, "batch " + b + " was cut early");
      }
      all.addAll(batch.items());
    }
    assertEquals(items, all);
  }

  @Test
  void anItemCarriedOverByCountOrBytesStartsTheNextBatch() throws Exception {
    // ["c","d…"] and ["d…","e"] are 42 bytes; ["d…"] alone is 38.
    List<String> items = List.of("a", "b", "c", "d".repeat(34), "e");

    List<JsonBatch<String>> batches = drain(batcher(items, 2, 40));

    assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d".repeat(34)), List.of("e")),
        batches.stream().map(JsonBatch::items).collect(Collectors.toList()));
    for (JsonBatch<String> batch : batches) {
      assertEquals(batch.items(), List.of(Json.mapper().readValue(batch.json(), String[].class)));
    }
  }
}

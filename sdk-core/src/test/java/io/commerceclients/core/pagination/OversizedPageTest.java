package io.commerceclients.core.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A page holding more items than asked for would make the next page start inside it: the listing
 * ends with a {@link ProtocolException} naming the page and both sizes, blocking and async, unless
 * that page completes the reported total. A negative total is refused as well.
 */
class OversizedPageTest {

  private static List<Integer> range(long from, long to) {
    return IntStream.range((int) from, (int) to).boxed().collect(Collectors.toList());
  }

  @Test
  void aStartIndexPageLargerThanAskedEndsBeforeItsItemsAreServedTwice() {
    List<Long> asked = new ArrayList<>();
    PageFetcher<Integer> oneTooMany = (start, size) -> {
      asked.add(start);
      return PageResult.of(range(start, start + size + 1));
    };
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> PagedIterable.byStartIndex(0, 2, oneTooMany).forEach(i -> { }));
    assertTrue(e.getMessage().contains("start index 0 with 3 items, more than the page size of 2"), e.getMessage());
    assertEquals(List.of(0L), asked);

    ExecutionException async = assertThrows(ExecutionException.class, () -> AsyncPagedIterable.byStartIndex(0, 2,
        (start, size) -> CompletableFuture.completedFuture(oneTooMany.fetch(start, size))).collect(100).get(20, TimeUnit.SECONDS));
    assertEquals(e.getMessage(), async.getCause().getMessage());
    assertThrows(ProtocolException.class, () -> PagedIterable.byPageNumber(1, 2, oneTooMany).firstPage());
  }

  @Test
  void anOversizedPageThatCompletesTheTotalIsServed() {
    PageFetcher<Integer> all = (page, size) -> PageResult.of(range(0, 5), 5);
    assertEquals(range(0, 5), PagedIterable.byPageNumber(1, 2, all).stream().collect(Collectors.toList()));
    PageFetcher<Integer> notAll = (page, size) -> PageResult.of(range(0, 5), 6);
    assertThrows(ProtocolException.class, () -> PagedIterable.byPageNumber(1, 2, notAll).stream().count());
  }

  @Test
  void aNegativeTotalIsRefused() {
    ProtocolException e = assertThrows(ProtocolException.class, () -> PageResult.of(List.of(1), -1));
    assertTrue(e.getMessage().contains("negative total of -1"), e.getMessage());
  }
}

package io.commerceclients.core.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PageResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Asynchronous listings keep the blocking listings' stop rules and fetch only what is asked for. */
class AsyncListingTest {
  private final List<Long> asked = new CopyOnWriteArrayList<>();

  private AsyncPagedIterable<Integer> numbers(int total) {
    return AsyncPagedIterable.byPageNumber(1, 10, (page, size) -> {
      asked.add(page);
      int from = (int) (page - 1) * size;
      List<Integer> items = IntStream.range(from, Math.min(from + size, total)).boxed().collect(Collectors.toList());
      return CompletableFuture.supplyAsync(() -> PageResult.of(items));
    });
  }

  @Test
  void forEachAndCollectFollowTheStopRules() {
    List<Integer> seen = new ArrayList<>();
    numbers(25).forEach(seen::add).join();
    assertEquals(IntStream.range(0, 25).boxed().collect(Collectors.toList()), seen);
    assertEquals(List.of(1L, 2L, 3L), asked);
    asked.clear();
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), numbers(1000).collect(12).join());
    assertEquals(List.of(1L, 2L), asked, "no page past the ones needed");
  }

  @Test
  void aListingThatCannotStartFailsEveryIterationWithItsError() {
    IllegalArgumentException invalid = new IllegalArgumentException("pageSize must be at most 200");
    AsyncPagedIterable<Integer> listing = AsyncPagedIterable.failed(invalid);

    CompletionException forEach = assertThrows(CompletionException.class, () -> listing.forEach(i -> { }).join());
    CompletionException collect = assertThrows(CompletionException.class, () -> listing.collect(10).join());
    assertEquals(invalid, forEach.getCause());
    assertEquals(invalid, collect.getCause());
  }

  @Test
  void aRepeatedPageEvenInAnotherOrderEndsWithAProtocolError() {
    AsyncPagedIterable<Integer> stuck = AsyncPagedIterable.byPageNumber(1, 2,
        (page, size) -> CompletableFuture.completedFuture(PageResult.of(page == 1 ? List.of(1, 2) : List.of(2, 1))));
    CompletionException e = assertThrows(CompletionException.class, () -> stuck.forEach(i -> { }).join());
    assertInstanceOf(ProtocolException.class, e.getCause());
  }

  @Test
  void anErrorThrownWhileFetchingALaterPageEndsTheIterationInsteadOfLeavingItPending() {
    AssertionError broken = new AssertionError("the fetcher broke");
    AsyncPagedIterable<Integer> listing = AsyncPagedIterable.byPageNumber(1, 1, (page, size) -> {
      if (page == 2) {
        throw broken;
      }
      return CompletableFuture.completedFuture(PageResult.of(List.of((int) page)));
    });
    CompletionException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(CompletionException.class, () -> listing.forEach(i -> { }).join()));
    assertEquals(broken, e.getCause());
  }

  @Test
  void aLongListingOfCompletedFuturesDoesNotOverflowTheStack() {
    AsyncPagedIterable<Integer> many = AsyncPagedIterable.byStartIndex(0, 1,
        (start, size) -> CompletableFuture.completedFuture(PageResult.of(List.of((int) start), 20_000)));
    assertEquals(20_000, many.collect(Integer.MAX_VALUE).join().size());
  }

  @Test
  void thePublisherFetchesPagesOnlyAsDemandRequires() throws Exception {
    List<Integer> received = new CopyOnWriteArrayList<>();
    CountDownLatch gotThree = new CountDownLatch(3);
    CountDownLatch completed = new CountDownLatch(1);
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    numbers(35).publisher().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription[0] = s;
        s.request(3);
      }

      @Override
      public void onNext(Integer item) {
        received.add(item);
        gotThree.countDown();
      }

      @Override
      public void onError(Throwable t) {
        completed.countDown();
      }

      @Override
      public void onComplete() {
        completed.countDown();
      }
    });
    gotThree.await(10, TimeUnit.SECONDS);
    Thread.sleep(100);
    assertEquals(List.of(0, 1, 2), received);
    assertEquals(List.of(1L), asked, "one page fetched for three items");
    subscription[0].request(Long.MAX_VALUE);
    completed.await(10, TimeUnit.SECONDS);
    assertEquals(35, received.size());
    assertEquals(List.of(1L, 2L, 3L, 4L), asked);
  }

  @Test
  void demandThatArrivesWhileTheLastPageIsHandedOverDoesNotEndThePublisherBeforeItsItems() throws Exception {
    CompletableFuture<PageResult<Integer>> lastPage = new CompletableFuture<>();
    AsyncPagedIterable<Integer> listing = AsyncPagedIterable.byPageNumber(1, 10, (page, size) -> lastPage);
    List<Integer> received = new CopyOnWriteArrayList<>();
    CountDownLatch ended = new CountDownLatch(1);
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    listing.publisher().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription[0] = s;
        s.request(1);
      }

      @Override
      public void onNext(Integer item) {
        received.add(item);
      }

      @Override
      public void onError(Throwable t) {
        ended.countDown();
      }

      @Override
      public void onComplete() {
        ended.countDown();
      }
    });

    // The subscription's lock, held here, stops the page's hand-over after the listing learned it
    // was the last page and before its items reach the subscription: more demand arrives then.
    synchronized (subscription[0]) {
      lastPage.complete(PageResult.of(List.of(1, 2, 3)));
      awaitBlockedOnALockOf(Thread.currentThread());
      subscription[0].request(Long.MAX_VALUE);
    }

    assertTrue(ended.await(10, TimeUnit.SECONDS), "the publisher ends");
    assertEquals(List.of(1, 2, 3), received, "every item of the last page before the end");
  }

  /** Waits until another thread is blocked on a monitor {@code owner} holds. */
  private static void awaitBlockedOnALockOf(Thread owner) throws InterruptedException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
        .noneMatch(t -> t != null && t.getThreadState() == Thread.State.BLOCKED && t.getLockOwnerId() == owner.getId())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no thread came to the subscription's lock");
      }
      Thread.sleep(1);
    }
  }
}

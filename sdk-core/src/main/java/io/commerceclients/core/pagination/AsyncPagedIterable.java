package io.commerceclients.core.pagination;

import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncScheduler;
import io.commerceclients.core.internal.validation.Check;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A listing read page by page without blocking a thread, with the stop rules of {@link
 * PagedIterable} (a total, a short or empty page, a page cap, and a page that repeats an earlier
 * one ending in {@link io.commerceclients.core.error.ProtocolException}). Each method starts a new
 * iteration from the first page; a page is fetched only when the previous one was handled (and, for
 * the {@link #publisher()}, only when the subscriber asked for more items). Cancelling a returned
 * future stops fetching and cancels the request in flight.
 *
 * @param <T> the item type
 */
public final class AsyncPagedIterable<T> {
  private final PagingStyle style;
  private final long firstPosition;
  private final int pageSize;
  private final int maxPages;
  private final AsyncPageFetcher<T> fetcher;

  private AsyncPagedIterable(PagingStyle style, long firstPosition, int pageSize, int maxPages,
      AsyncPageFetcher<T> fetcher) {
    this.style = Check.required(style, "style");
    this.firstPosition = firstPosition;
    this.pageSize = (int) Check.inRange(pageSize, 1, Integer.MAX_VALUE, "pageSize");
    this.maxPages = (int) Check.inRange(maxPages, 1, Integer.MAX_VALUE, "maxPages");
    this.fetcher = Check.required(fetcher, "fetcher");
  }

  /** Returns a listing addressed by page number, starting at {@code firstPage}. */
  public static <T> AsyncPagedIterable<T> byPageNumber(long firstPage, int pageSize, AsyncPageFetcher<T> fetcher) {
    return new AsyncPagedIterable<>(PagingStyle.PAGE_NUMBER, firstPage, pageSize, PagedIterable.DEFAULT_MAX_PAGES,
        fetcher);
  }

  /**
   * Returns a listing that cannot start: every iteration of it fails with {@code error} (an
   * asynchronous method never throws, so a validation error reaches the caller this way).
   */
  public static <T> AsyncPagedIterable<T> failed(Throwable error) {
    Check.required(error, "error");
    return byPageNumber(1, 1, (page, size) -> CompletableFuture.failedFuture(error));
  }

  /** Returns a listing addressed by start index, starting at {@code startIndex}. */
  public static <T> AsyncPagedIterable<T> byStartIndex(long startIndex, int pageSize, AsyncPageFetcher<T> fetcher) {
    return new AsyncPagedIterable<>(PagingStyle.START_INDEX, startIndex, pageSize, PagedIterable.DEFAULT_MAX_PAGES,
        fetcher);
  }

  /** Returns a copy that fetches at most {@code maxPages} pages per iteration. */
  public AsyncPagedIterable<T> withMaxPages(int maxPages) {
    return new AsyncPagedIterable<>(style, firstPosition, pageSize, maxPages, fetcher);
  }

  /** Starts fetching the first page and returns its items. */
  public CompletableFuture<List<T>> firstPage() {
    Cursor cursor = new Cursor();
    CompletableFuture<List<T>> first = cancellable(cursor);
    cursor.next().whenComplete((page, error) -> {
      if (error != null) {
        first.completeExceptionally(Async.unwrap(error));
      } else {
        first.complete(page.items());
      }
    });
    return first;
  }

  /**
   * Hands each page's items to {@code onPage} in order until it returns false or the listing ends;
   * the future completes when the iteration is over.
   */
  public CompletableFuture<Void> forEachPage(Predicate<List<T>> onPage) {
    Check.required(onPage, "onPage");
    Cursor cursor = new Cursor();
    CompletableFuture<Void> done = cancellable(cursor);
    cursor.drive(done, onPage);
    return done;
  }

  /** Hands every item to {@code action} in order; the future completes when the listing ends. */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Check.required(action, "action");
    return forEachPage(items -> {
      items.forEach(action);
      return true;
    });
  }

  /** Collects the items, at most {@code maxItems} of them (fetching no page past those). */
  public CompletableFuture<List<T>> collect(int maxItems) {
    Check.inRange(maxItems, 0, Integer.MAX_VALUE, "maxItems");
    List<T> all = new ArrayList<>();
    if (maxItems == 0) {
      return CompletableFuture.completedFuture(all);
    }
    CompletableFuture<Void> pages = forEachPage(items -> {
      for (T item : items) {
        if (all.size() == maxItems) {
          return false;
        }
        all.add(item);
      }
      return all.size() < maxItems;
    });
    CompletableFuture<List<T>> collected = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        pages.cancel(mayInterruptIfRunning);
        return super.cancel(mayInterruptIfRunning);
      }
    };
    pages.whenComplete((v, error) -> {
      if (error != null) {
        collected.completeExceptionally(Async.unwrap(error));
      } else {
        collected.complete(all);
      }
    });
    return collected;
  }

  /**
   * Returns a publisher of the items with back-pressure: each subscriber gets its own iteration,
   * and a page is fetched only when the items already fetched do not cover the demand.
   */
  public Flow.Publisher<T> publisher() {
    return subscriber -> new ItemSubscription(Check.required(subscriber, "subscriber")).start();
  }

  private <V> CompletableFuture<V> cancellable(Cursor cursor) {
    return new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        cursor.cancel();
        return cancelled;
      }
    };
  }

  /** Where an iteration stands; fetches one page at a time. */
  private final class Cursor {
    private long position = firstPosition;
    private long servedBefore = PagingRules.skipped(style, firstPosition, pageSize);
    private int pageNumber;
    private final PageHistory history = new PageHistory();
    private boolean ended;
    private volatile CompletableFuture<PageResult<T>> inFlight;
    private volatile boolean cancelled;

    boolean ended() {
      return ended;
    }

    /** Fetches the next page; completes with it, having moved past it. */
    CompletableFuture<PageResult<T>> next() {
      long at = position;
      CompletableFuture<PageResult<T>> fetched;
      try {
        fetched = Check.required(fetcher.fetch(at, pageSize), "page future");
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      inFlight = fetched;
      if (cancelled) {
        fetched.cancel(true);
      }
      return fetched.thenApplyAsync(result -> {
        Check.required(result, "page result");
        PagingRules.checkSize(style, at, result.items(), result.total(), servedBefore, pageSize);
        history.record(style, result.items(), at);
        pageNumber++;
        ended = !PagingRules.hasNextPage(style, at, result.items(), result.total(), servedBefore, pageNumber,
            pageSize, maxPages);
        servedBefore += result.items().size();
        position = PagingRules.next(style, at, pageSize);
        return result;
      }, AsyncScheduler.completions());
    }

    /**
     * Hands pages to {@code onPage} until it returns false or the listing ends. Pages whose future is
     * already complete are taken in a loop, not by recursion, so a long run of them cannot overflow
     * the stack; and whatever a step throws ends {@code done}, so no failure leaves it pending.
     */
    void drive(CompletableFuture<Void> done, Predicate<List<T>> onPage) {
      try {
        while (!done.isDone()) {
          CompletableFuture<PageResult<T>> step = next();
          if (!step.isDone()) {
            step.whenComplete((page, error) -> {
              try {
                if (take(done, onPage, page, error)) {
                  drive(done, onPage);
                }
              } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
              }
            });
            return;
          }
          PageResult<T> page = null;
          Throwable error = null;
          try {
            page = step.join();
          } catch (CompletionException | CancellationException e) {
            error = e;
          }
          if (!take(done, onPage, page, error)) {
            return;
          }
        }
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }

    /** Hands one fetched page (or its failure) on; returns true if the next page is wanted. */
    private boolean take(CompletableFuture<Void> done, Predicate<List<T>> onPage, PageResult<T> page,
        Throwable error) {
      if (error != null) {
        done.completeExceptionally(Async.unwrap(error));
        return false;
      }
      boolean more;
      try {
        more = onPage.test(page.items());
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
        return false;
      }
      if (!more || ended) {
        done.complete(null);
        return false;
      }
      return true;
    }

    void cancel() {
      cancelled = true;
      CompletableFuture<PageResult<T>> f = inFlight;
      if (f != null) {
        f.cancel(true);
      }
    }
  }


  /** One subscriber's iteration: items are delivered in order, one at a time, as demand allows. */
  private final class ItemSubscription implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final Cursor cursor = new Cursor();
    private final Deque<T> buffer = new ArrayDeque<>();
    private long demand;
    private boolean fetching;
    private boolean draining;
    private boolean done;

    ItemSubscription(Flow.Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
    }

    void start() {
      subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      synchronized (this) {
        if (done) {
          return;
        }
        if (n <= 0) {
          done = true;
          cursor.cancel();
        } else {
          demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        }
      }
      if (n <= 0) {
        subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)"));
        return;
      }
      drain();
    }

    @Override
    public void cancel() {
      synchronized (this) {
        done = true;
        buffer.clear();
      }
      cursor.cancel();
    }

    private void drain() {
      synchronized (this) {
        if (draining) {
          return;
        }
        draining = true;
      }
      while (true) {
        T item = null;
        boolean complete = false;
        boolean fetch = false;
        synchronized (this) {
          if (done) {
            draining = false;
            return;
          }
          if (demand > 0 && !buffer.isEmpty()) {
            item = buffer.poll();
            demand--;
          } else if (buffer.isEmpty() && cursor.ended() && !fetching) {
            done = true;
            complete = true;
          } else {
            if (demand > 0 && buffer.isEmpty() && !fetching) {
              fetching = true;
              fetch = true;
            }
            draining = false;
          }
        }
        if (item != null) {
          subscriber.onNext(item);
          continue;
        }
        if (complete) {
          subscriber.onComplete();
          return;
        }
        if (fetch) {
          cursor.next().whenComplete((page, error) -> {
            if (error != null) {
              synchronized (this) {
                if (done) {
                  return;
                }
                done = true;
              }
              subscriber.onError(Async.unwrap(error));
              return;
            }
            synchronized (this) {
              fetching = false;
              if (!done) {
                buffer.addAll(page.items());
              }
            }
            drain();
          });
        }
        return;
      }
    }
  }
}

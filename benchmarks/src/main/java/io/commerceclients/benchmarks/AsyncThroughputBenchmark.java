package io.commerceclients.benchmarks;

import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.testing.karla.FakeKarla;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Benchmark 7: throughput of N small GETs (a Karla order search of one order) against FakeKarla on
 * loopback, through one client: blocking calls from a pool of T threads, against asynchronous calls
 * with T in flight. The client's OkHttp dispatcher allows T requests per host (its default, 5,
 * would cap the asynchronous side) and its pool keeps T connections, so both sides run at the same
 * concurrency on the same connections. Median of alternating rounds; requests per second and the
 * ratio async / blocking (above 1: async is faster).
 */
final class AsyncThroughputBenchmark {
  private static final int ROUNDS = 5;
  private static final int CONCURRENCY = 16;
  private static final OrderSearchRequest ONE_ORDER = OrderSearchRequest.builder().perPage(1L).build();

  private final int calls;
  private final int concurrency;

  AsyncThroughputBenchmark(int calls, int concurrency) {
    this.calls = calls;
    this.concurrency = concurrency;
  }

  /** Runs the benchmark if {@code wanted} (20,000 calls, 2,000 when {@code quick}), else returns nothing. */
  static List<Measurement> runIf(boolean wanted, boolean quick) throws Exception {
    if (!wanted) {
      return List.of();
    }
    System.out.println("Running 7. Blocking vs async throughput (Karla order search) ...");
    return new AsyncThroughputBenchmark(quick ? 2_000 : 20_000, CONCURRENCY).run();
  }

  List<Measurement> run() throws Exception {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(concurrency);
    dispatcher.setMaxRequestsPerHost(concurrency);
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(concurrency, 5, TimeUnit.MINUTES)).build();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try (FakeKarla fake = FakeKarla.started();
        KarlaClient client = KarlaClient.builder().baseUrl(fake.baseUrl()).username(fake.username())
            .apiKey(fake.apiKey()).okHttpClient(http).build()) {
      client.orders().place(PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
          .address(Address.builder().zipCode("10178").build()).build());
      blocking(client, pool, Math.min(calls, 2_000));
      async(client.async(), Math.min(calls, 2_000));
      double[] blockingRuns = new double[ROUNDS];
      double[] asyncRuns = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        fake.clearRequests();
        if (round % 2 == 0) {
          blockingRuns[round] = blocking(client, pool, calls);
          asyncRuns[round] = async(client.async(), calls);
        } else {
          asyncRuns[round] = async(client.async(), calls);
          blockingRuns[round] = blocking(client, pool, calls);
        }
      }
      return List.of(new Measurement("7. " + calls + " order searches, " + concurrency + " at a time (median of "
          + ROUNDS + ")", "requests/s: async (SDK column) vs blocking on " + concurrency + " threads",
          median(asyncRuns), median(blockingRuns), true));
    } finally {
      pool.shutdownNow();
      dispatcher.executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Runs {@code count} searches on {@code threads} blocking threads; returns requests per second. */
  private double blocking(KarlaClient client, ExecutorService threads, int count) throws Exception {
    List<Future<?>> workers = new ArrayList<>();
    int each = count / concurrency;
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      int share = t < count % concurrency ? each + 1 : each;
      workers.add(threads.submit(() -> {
        for (int i = 0; i < share; i++) {
          check(client.orders().search(ONE_ORDER));
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get(10, TimeUnit.MINUTES);
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  /** Runs {@code count} asynchronous searches, {@code concurrency} in flight; returns requests per second. */
  private double async(KarlaAsyncClient client, int count) throws Exception {
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CompletableFuture<?>[] all = new CompletableFuture<?>[count];
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      if (!inFlight.tryAcquire(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("no call completed in 10 minutes");
      }
      all[i] = client.orders().search(ONE_ORDER).whenComplete((orders, error) -> {
        inFlight.release();
        if (error != null) {
          failure.compareAndSet(null, error);
        } else {
          check(orders);
        }
      });
    }
    CompletableFuture.allOf(all).get(10, TimeUnit.MINUTES);
    double perSecond = count / ((System.nanoTime() - start) / 1e9);
    if (failure.get() != null) {
      throw new IllegalStateException("an asynchronous call failed", failure.get());
    }
    return perSecond;
  }

  private static void check(List<Order> orders) {
    if (orders.size() != 1) {
      throw new IllegalStateException("unexpected answer: " + orders.size() + " orders");
    }
  }

  private static double median(double[] runs) {
    double[] sorted = runs.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

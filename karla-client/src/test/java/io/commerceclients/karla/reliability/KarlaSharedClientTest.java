package io.commerceclients.karla.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One Karla client shared by 64 threads, half blocking and half asynchronous, placing, finding and
 * updating their own orders while seeded faults hit every call (429 on the placements, which Karla
 * refused unprocessed; 503, resets and 429 on the idempotent calls): no call fails, no thread sees
 * another's order, every order is placed once, and the threads the client starts stay few. Then
 * the client is closed while 64 threads are calling it.
 */
class KarlaSharedClientTest {
  private static final int THREADS = 64;
  private static final int ROUNDS = 2;

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  private KarlaClient client(int maxRetries) {
    return karla.clientBuilder(KarlaClient.Builder.class).maxRetries(maxRetries).sleeper(new RecordingSleeper()).build();
  }

  @Test
  void sixtyFourThreadsShareOneClientWhileRetriesHappen() throws Exception {
    RequestMatcher placements = (method, path) -> method.equals("POST") && path.endsWith("/orders");
    RequestMatcher idempotent = (method, path) -> !method.equals("POST") && path.contains("/orders");
    karla.faults().failRandomly(0.2, 11L, placements, Fault.rateLimited(1));
    karla.faults().failRandomly(0.2, 13L, idempotent, Fault.status(503), Fault.connectionReset(), Fault.rateLimited(1));
    Set<String> before = threadNames();
    Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (KarlaClient client = client(8)) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            try {
              work(client, thread, round);
            } catch (Throwable e) {
              errors.add(e);
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
      Set<String> started = threadNames();
      started.removeAll(before);
      started.removeIf(name -> name.startsWith("pool-") || name.startsWith("FakeKarla-"));
      assertTrue(started.size() < 40, "threads started: " + started);
    } finally {
      pool.shutdownNow();
    }

    assertTrue(errors.isEmpty(), () -> errors.size() + " failures, first: " + errors.peek());
    assertTrue(karla.faults().played().size() > 20, "faults played: " + karla.faults().played().size());
    List<String> numbers = karla.orders(FakeKarla.DEFAULT_SHOP).stream()
        .map(o -> o.path("order_number").asText()).sorted().collect(Collectors.toList());
    assertEquals(THREADS * ROUNDS, numbers.size());
    assertEquals(THREADS * ROUNDS, Set.copyOf(numbers).size(), "every order placed once");
  }

  private static Set<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .collect(Collectors.toSet());
  }

  private static void work(KarlaClient client, int thread, int round) throws Exception {
    String number = "T" + thread + "-R" + round;
    String zip = String.format("%05d", thread * 10 + round);
    boolean async = thread % 2 == 1;
    PlaceOrderRequest place = PlaceOrderRequest.builder().orderNumber(number).externalId("e-" + number)
        .address(Address.builder().zipCode("10178").build()).build();
    OrderSearchRequest mine = OrderSearchRequest.builder().orderNumber(number).build();
    List<Order> found;
    if (async) {
      client.async().orders().place(place).get(60, TimeUnit.SECONDS);
      found = client.async().orders().search(mine).get(60, TimeUnit.SECONDS);
    } else {
      client.orders().place(place);
      found = client.orders().search(mine);
    }
    assertEquals(List.of(number), found.stream().map(o -> o.orderNumber().orElseThrow()).collect(Collectors.toList()));
    UpdateOrderRequest update = UpdateOrderRequest.builder().address(Address.builder().zipCode(zip).build()).build();
    String uuid = found.get(0).uuid();
    Order updated = async ? client.async().orders().update(uuid, update).get(60, TimeUnit.SECONDS)
        : client.orders().update(uuid, update);
    assertEquals(number, updated.orderNumber().orElseThrow());
    assertEquals(zip, updated.address().orElseThrow().zipCode().orElseThrow());
  }

  @Test
  void closingTheClientWhile64ThreadsCallItEndsEveryCallCleanly() throws Exception {
    karla.faults().failRandomly(0.3, 17L, (method, path) -> method.equals("GET"), Fault.status(503));
    KarlaClient client = karla.clientBuilder(KarlaClient.Builder.class).maxRetries(3).build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean closed = new AtomicBoolean();
    CountDownLatch calling = new CountDownLatch(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      boolean async = t % 2 == 1;
      futures.add(pool.submit(() -> {
        calling.countDown();
        for (int i = 0; i < 1_000 && refused.get() < 10_000; i++) {
          boolean afterClose = closed.get();
          try {
            if (async) {
              client.async().shop().get().get(30, TimeUnit.SECONDS);
            } else {
              client.shop().get();
            }
            succeeded.incrementAndGet();
            if (afterClose) {
              unexpected.add(new AssertionError("a call begun after close() succeeded"));
            }
          } catch (ExecutionException e) {
            sort(e.getCause(), refused, unexpected);
          } catch (Throwable e) {
            sort(e, refused, unexpected);
          }
          if (afterClose) {
            return null;
          }
        }
        return null;
      }));
    }
    calling.await();
    while (succeeded.get() < 200) {
      Thread.sleep(5);
    }
    client.close();
    closed.set(true);
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdownNow();
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " unexpected, first: " + unexpected.peek());
    assertTrue(refused.get() > 0);
  }

  /**
   * A call ended by close() fails with IllegalStateException;
   * one that met 503 four times in a row ends with it.
   */
  private static void sort(Throwable e, AtomicInteger refused, Queue<Throwable> unexpected) {
    if (e instanceof ServerException && ((ServerException) e).statusCode() == 503) {
      return;
    }
    if (e instanceof IllegalStateException) {
      refused.incrementAndGet();
    } else {
      unexpected.add(e);
    }
  }
}

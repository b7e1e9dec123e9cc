package io.commerceclients.karla.calls;

import static io.commerceclients.core.support.Threads.assertFewThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.retry.Sleeper;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous Karla client over real HTTP: what it sends, its typed errors, cancellation of
 * a call in flight and of a retry waiting, the asynchronous listings, and many calls on few threads.
 */
class KarlaAsyncCallsTest {

  private static final String KEY = "karla-async-test-key-01";

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  private KarlaClient client;
  private KarlaAsyncClient async;

  @BeforeEach
  void connect() {
    client = karla.clientBuilder(KarlaClient.Builder.class).build();
    async = client.async();
  }

  @AfterEach
  void close() {
    client.close();
  }

  static Throwable failureOf(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS)).getCause();
  }

  static <T> T valueOf(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static PlaceOrderRequest order(String number) {
    return PlaceOrderRequest.builder().orderNumber(number).externalId("e-" + number)
        .address(Address.builder().zipCode("10178").build()).build();
  }

  @Test
  void asynchronousCallsSendWhatTheBlockingOnesSendAndDecodeTheAnswers() throws Exception {
    valueOf(async.orders().place(order("1001")));
    client.orders().place(order("1002"));
    valueOf(async.orders().upsert(UpsertOrderRequest.builder().id("1001")
        .addTracking(OrderTracking.builder().trackingNumber("TRK-1").build()).build()));

    List<Order> orders = valueOf(async.orders().search(OrderSearchRequest.builder().perPage(10L).build()));
    Shop shop = valueOf(async.shop().get());

    assertEquals(List.of("1001", "1002"), orders.stream().map(o -> o.orderNumber().orElseThrow()).collect(Collectors.toList()));
    assertEquals("TRK-1", orders.get(0).trackings().get(0).carrier().orElseThrow().trackingNumber().orElseThrow());
    assertEquals(FakeKarla.DEFAULT_SHOP, shop.slug());
    List<RecordedRequest> sent = karla.requests();
    assertEquals(List.of("POST /v1/shops/gokarla/orders", "POST /v1/shops/gokarla/orders", "PUT /v1/shops/gokarla/orders",
        "GET /v1/shops/gokarla/orders", "GET /v1/shops/gokarla"),
        sent.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toList()));
    assertEquals(sent.get(0).bodyText().replace("1001", "X"), sent.get(1).bodyText().replace("1002", "X"),
        "the async and the blocking placement send the same body");
    assertEquals("per_page=10", sent.get(3).rawQuery());
    assertEquals(sent.get(0).header("Authorization"), sent.get(1).header("Authorization"));
  }

  @Test
  void errorsAreTheBlockingCallsTypedExceptionsAndBadInputIsAFailedFutureBeforeTheNetwork() {
    NotFoundException missing = assertInstanceOf(NotFoundException.class,
        failureOf(async.orders().upsert(UpsertOrderRequest.builder().id("nope").build())));
    assertEquals(Optional.of("order_not_found"), missing.errorCode());
    karla.clearRequests();

    ValidationException zip = assertInstanceOf(ValidationException.class, failureOf(async.orders().place(
        PlaceOrderRequest.builder().orderNumber("1").externalId("e").address(Address.builder().city("x").build()).build())));
    assertEquals("address.zipCode", zip.field());
    assertInstanceOf(ValidationException.class, failureOf(async.orders().place(null)));
    assertInstanceOf(ValidationException.class, failureOf(async.shop().setKlaviyoKey("short")));
    assertInstanceOf(ValidationException.class, failureOf(async.claims().delete(" ")));
    assertInstanceOf(ValidationException.class,
        failureOf(async.orders().search(OrderSearchRequest.builder().perPage(101L).build())));
    assertEquals(0, karla.requests().size(), "nothing was sent");
  }

  @Test
  void aClosedClientFailsTheFutureInsteadOfThrowing() {
    client.close();
    Throwable closed = failureOf(async.shop().get());
    assertInstanceOf(IllegalStateException.class, closed);
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch closedByClient = new CountDownLatch(1);
    try (RawServer server = new RawServer(x -> {
          arrived.countDown();
          x.socket.setSoTimeout(20_000);
          try {
            if (x.socket.getInputStream().read() == -1) {
              closedByClient.countDown();
            }
          } catch (SocketTimeoutException stillOpen) {
            // the client never let go: the assertion below fails
          }
        });
        KarlaClient raw = KarlaClient.builder().baseUrl(server.url()).shop("gokarla").apiKey(KEY).build()) {
      CompletableFuture<Shop> future = raw.async().shop().get();
      assertTrue(arrived.await(20, TimeUnit.SECONDS));

      assertTrue(future.cancel(true));

      assertThrows(CancellationException.class, future::join);
      assertTrue(closedByClient.await(20, TimeUnit.SECONDS), "the client closed the connection of the cancelled call");
      assertEquals(1, server.exchanges().size());
    }
  }

  @Test
  void cancellingTheFutureWhileARetryWaitsSendsNothingMore() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Duration> asked = new CopyOnWriteArrayList<>();
    Sleeper held = delay -> {
      asked.add(delay);
      waiting.countDown();
      release.await(20, TimeUnit.SECONDS);
    };
    karla.faults().failNext(5, RequestMatcher.of("GET", "/v1/shops/{slug}"), Fault.rateLimited(7));
    try (KarlaClient waits = karla.clientBuilder(KarlaClient.Builder.class).sleeper(held).build()) {
      CompletableFuture<Shop> future = waits.async().shop().get();
      assertTrue(waiting.await(20, TimeUnit.SECONDS), "the retry is waiting its Retry-After");

      assertTrue(future.cancel(true));
      release.countDown();

      assertThrows(CancellationException.class, future::join);
      Thread.sleep(300);
      waits.shop("gokarla").keys();
    }
    assertEquals(List.of(Duration.ofSeconds(7)), asked);
    assertEquals(1, karla.requestCount("GET", "/v1/shops/{slug}"), "no retry after the cancel");
  }

  @Test
  void theAsyncListingFetchesPageByPageWithForEachCollectAndAPublisher() throws Exception {
    for (int i = 1; i <= 5; i++) {
      client.orders().place(order("20" + i));
    }
    karla.clearRequests();
    OrderSearchRequest byTwo = OrderSearchRequest.builder().perPage(2L).build();

    List<String> seen = new ArrayList<>();
    valueOf(async.orders().searchAll(byTwo).forEach(o -> seen.add(o.orderNumber().orElseThrow())));
    assertEquals(List.of("201", "202", "203", "204", "205"), seen);
    assertEquals(List.of("page=1&per_page=2", "page=2&per_page=2", "page=3&per_page=2"), queries());

    karla.clearRequests();
    assertEquals(3, valueOf(async.orders().searchAll(byTwo).collect(3)).size());
    assertEquals(List.of("page=1&per_page=2", "page=2&per_page=2"), queries(), "no page past the third item");

    karla.clearRequests();
    List<String> published = new CopyOnWriteArrayList<>();
    CountDownLatch two = new CountDownLatch(2);
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    async.orders().searchAll(byTwo).publisher().subscribe(new Flow.Subscriber<Order>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription[0] = s;
        s.request(2);
      }

      @Override
      public void onNext(Order item) {
        published.add(item.orderNumber().orElseThrow());
        two.countDown();
      }

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    });
    assertTrue(two.await(20, TimeUnit.SECONDS));
    subscription[0].cancel();
    assertEquals(List.of("201", "202"), published);
    assertEquals(List.of("page=1&per_page=2"), queries(), "the publisher fetched only the page asked for");

    karla.clearRequests();
    assertInstanceOf(ValidationException.class, failureOf(async.orders().searchAll(
        OrderSearchRequest.builder().perPage(0L).build()).forEach(o -> { })));
    assertEquals(List.of(), queries());
  }

  private List<String> queries() {
    return karla.requests().stream().filter(r -> r.method().equals("GET")).map(RecordedRequest::rawQuery)
        .collect(Collectors.toList());
  }

  /**
   * OkHttp's default dispatcher runs calls on an unbounded cached pool, which under load briefly
   * holds more threads than its five calls per host (a finishing thread hands the next call to a
   * new one); that pool is core's transport, so this client gets a dispatcher on five threads, and
   * the test counts what the Karla client adds: no thread per call, per retry wait or per future.
   */
  @Test
  void aThousandConcurrentCallsWithRetriesStartNoThreadPerCall() throws Exception {
    client.orders().place(order("3001"));
    karla.faults().failNext(100, RequestMatcher.of("GET", "/v1/shops/{slug}/orders"), Fault.status(503));
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    ExecutorService five = Executors.newFixedThreadPool(5, r -> new Thread(r, "OkHttp Dispatcher (test)"));
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(new Dispatcher(five)).build();

    List<CompletableFuture<List<Order>>> calls = new ArrayList<>();
    try (KarlaClient patient = karla.clientBuilder(KarlaClient.Builder.class).okHttpClient(http).maxRetries(100).build()) {
      for (int i = 0; i < 1000; i++) {
        calls.add(patient.async().orders().search(OrderSearchRequest.builder().orderNumber("3001").build()));
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
    } finally {
      five.shutdown();
    }

    assertTrue(calls.stream().allMatch(c -> c.join().size() == 1));
    assertEquals(1100, karla.requestCount("GET", "/v1/shops/{slug}/orders"), "each of the 100 answers of 503 was retried once");
    List<String> started = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
        .map(Thread::getName).filter(name -> !name.startsWith("FakeKarla")).sorted().collect(Collectors.toList());
    assertFewThreads(started);
  }
}

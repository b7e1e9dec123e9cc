package io.commerceclients.kiliba.async;

import static io.commerceclients.kiliba.async.AsyncServicesTest.awaitTrue;
import static io.commerceclients.kiliba.async.AsyncServicesTest.failureOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.ImportFuture;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.ImportStoppedException.Reason;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous bulk import against the fake: the blocking import's batching, validation,
 * concurrency and accounting (every item read ends succeeded, failed with its cause, or unsent),
 * with batches sent as asynchronous calls, and what a cancellation stops and reports.
 */
class AsyncImportTest {

  private static final String PRODUCTS = "/client/v1/import/products";
  private static final OffsetDateTime T = OffsetDateTime.parse("2024-05-01T12:00:00Z");

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Product product(int i) {
    return Product.builder()
        .id(KilibaId.of("p" + i)).name(Map.of("en", "Product " + i))
        .price(new BigDecimal("9.99")).priceWithTax(new BigDecimal("11.99"))
        .quantity(5L).inStock(true)
        .relativeUrl("/p/" + i).absoluteUrl("https://shop.example/p/" + i)
        .addCategories(KilibaId.of("c1")).defaultCategoryId(KilibaId.of("c1"))
        .createdAt(T).updatedAt(T)
        .build();
  }

  static List<Product> products(int count) {
    return IntStream.range(0, count).mapToObj(AsyncImportTest::product).collect(Collectors.toList());
  }

  static void assertAccounted(ImportReport<?> report) {
    assertEquals(report.itemsRead(), report.itemsSucceeded() + report.itemsFailed() + report.unsentItems().size());
  }

  /** Products whose iterator records the thread of every read. */
  private static Iterable<Product> recording(int count, List<String> threads) {
    Iterator<Product> items = products(count).iterator();
    return () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        threads.add(Thread.currentThread().getName());
        return items.hasNext();
      }

      @Override
      public Product next() {
        threads.add(Thread.currentThread().getName());
        return items.next();
      }
    };
  }

  @Test
  void theItemsAreReadOnTheSdksBlockingThreadsNeverOnTheThreadsThatCompleteFutures() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    ImportOptions options = ImportOptions.builder().maxItemsPerBatch(100).concurrency(4).build();

    ImportReport<Product> report = client.async().imports().products().send(recording(1_000, threads), options)
        .get(60, TimeUnit.SECONDS);

    assertEquals(1_000, report.itemsSucceeded());
    assertFalse(threads.isEmpty());
    assertTrue(threads.stream().allMatch(name -> name.equals("commerce-clients-blocking")), threads.toString());
  }

  @Test
  void aReadExecutorOfTheCallersOwnReadsTheItemsAndTheFuturesStillCompleteOffIt() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    java.util.concurrent.ExecutorService mine = java.util.concurrent.Executors.newSingleThreadExecutor(
        r -> new Thread(r, "my-reader"));
    try {
      ImportOptions options = ImportOptions.builder().maxItemsPerBatch(100).readExecutor(mine).build();
      String completedOn = client.async().imports().products().send(recording(300, threads), options)
          .thenApply(report -> Thread.currentThread().getName()).get(60, TimeUnit.SECONDS);

      assertTrue(threads.stream().allMatch("my-reader"::equals), threads.toString());
      assertFalse(completedOn.equals("my-reader"), "the import's future completed on " + completedOn);
      assertEquals(3, kiliba.requestCount("POST", PRODUCTS));
    } finally {
      mine.shutdownNow();
    }
  }

  @Test
  void importsInBatchesOfAThousandAndReportsEachBatchOffOkHttpsThreads() throws Exception {
    List<String> listenerThreads = new CopyOnWriteArrayList<>();
    List<Long> progress = new CopyOnWriteArrayList<>();
    kiliba.faults().failNext(1, RequestMatcher.of("POST", PRODUCTS), Fault.status(503));

    ImportFuture<Product> future = client.async().imports().products().send(products(2_500), ImportOptions.builder()
        .progressListener((batch, done) -> {
          listenerThreads.add(Thread.currentThread().getName());
          progress.add(done);
        }).build());
    ImportReport<Product> report = future.get(60, TimeUnit.SECONDS);

    assertTrue(report.isSuccessful(), report::toString);
    assertSame(report, future.report().get(60, TimeUnit.SECONDS));
    assertEquals(List.of(1_000, 1_000, 500), report.batches().stream().map(BatchResult::itemCount).collect(Collectors.toList()));
    assertEquals(List.of(2, 1, 1), report.batches().stream().map(BatchResult::attempts).collect(Collectors.toList()),
        "the 503 was retried once, the wait scheduled");
    assertEquals(1, sleeper.delays.size());
    assertEquals(2_500L, report.processed());
    assertEquals(List.of(1_000L, 2_000L, 2_500L), progress);
    assertTrue(listenerThreads.stream().noneMatch(name -> name.startsWith("OkHttp")), listenerThreads::toString);
    assertEquals(2_500, kiliba.imports().count(Resource.PRODUCTS));
    assertEquals(List.of(1_000, 1_000, 500), kiliba.imports().requests(Resource.PRODUCTS).stream()
        .map(r -> r.items()).collect(Collectors.toList()));
    assertEquals(4, kiliba.requestCount("POST", PRODUCTS), "3 batches, one of them sent twice");
  }

  @Test
  void keepsAtMostConcurrencyRequestsInFlight() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    OkHttpClient counting = new OkHttpClient.Builder().addInterceptor(chain -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        return chain.proceed(chain.request());
      } finally {
        inFlight.decrementAndGet();
      }
    }).build();
    kiliba.faults().failRandomly(1.0, 7, RequestMatcher.of("POST", PRODUCTS), Fault.delay(Duration.ofMillis(40)));

    try (KilibaClient own = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .okHttpClient(counting).build()) {
      ImportReport<Product> report = own.async().imports().products().send(products(2_500).stream(),
          ImportOptions.builder().concurrency(4).maxItemsPerBatch(100).build()).get(60, TimeUnit.SECONDS);

      assertTrue(report.isSuccessful(), report::toString);
      assertEquals(25, report.batches().size());
      assertEquals(IntStream.rangeClosed(1, 25).boxed().collect(Collectors.toList()),
          report.batches().stream().map(BatchResult::number).collect(Collectors.toList()));
    }
    assertEquals(2_500, kiliba.imports().count(Resource.PRODUCTS));
    assertTrue(most.get() <= 4, "at most 4 requests in flight, saw " + most.get());
    assertTrue(most.get() > 1, "requests overlapped, saw " + most.get());
  }

  @Test
  void aFailedBatchIsReportedWithItsItemsAndTheImportGoesOn() throws Exception {
    kiliba.faults().failNext(1, RequestMatcher.of("POST", PRODUCTS), Fault.status(400,
        "{\"statusCode\":400,\"message\":[\"0.price must not be less than 0\"],\"error\":\"Bad Request\"}"));
    List<Product> input = products(2_500);

    ImportReport<Product> report = client.async().imports().products().send(input).get(60, TimeUnit.SECONDS);

    assertFalse(report.isSuccessful());
    assertEquals(1, report.failedBatches().size());
    assertInstanceOf(InvalidRequestException.class, report.failedBatches().get(0).error());
    assertEquals(input.subList(0, 1_000), report.failedItems());
    assertEquals(1_500, report.itemsSucceeded());
    assertAccounted(report);
    assertEquals(1_500, kiliba.imports().count(Resource.PRODUCTS));
  }

  @Test
  void anInvalidItemOfAStreamStopsTheReadingAndTheReportListsTheUnsentItems() throws Exception {
    List<Product> input = products(2_500);
    input.set(1_500, Product.builder().from(product(1_500)).price(new BigDecimal("-1")).build());
    AtomicBoolean closed = new AtomicBoolean();

    ImportReport<Product> report = client.async().imports().products()
        .send(input.stream().onClose(() -> closed.set(true))).get(60, TimeUnit.SECONDS);

    ValidationException invalid = (ValidationException) report.stoppedBy().orElseThrow();
    assertEquals("products[1500].price", invalid.field());
    assertEquals(1, report.batches().size());
    assertEquals(input.subList(1_000, 1_501), report.unsentItems());
    assertEquals(1_501, report.itemsRead());
    assertAccounted(report);
    assertTrue(closed.get(), "the stream was closed");
    assertEquals(1, kiliba.requestCount("POST", PRODUCTS));
  }

  @Test
  void invalidInputOrOptionsFailTheFutureBeforeAnyRequest() throws Exception {
    List<Product> input = products(1_500);
    input.set(1_200, Product.builder().from(product(1_200)).quantity(-1L).build());

    ImportFuture<Product> list = client.async().imports().products().send(input);
    ImportFuture<Product> options = client.async().imports().products().send(products(3).stream(),
        ImportOptions.builder().concurrency(17).build());
    ImportFuture<Product> nothing = client.async().imports().products().send((Iterable<Product>) null);

    assertEquals("products[1200].quantity: must be between 0 and 9007199254740991 (was -1)", failureOf(list).getMessage());
    assertSame(failureOf(list), failureOf(list.report()));
    assertEquals("options.concurrency", ((ValidationException) failureOf(options)).field());
    assertEquals("products", ((ValidationException) failureOf(nothing)).field());
    assertTrue(kiliba.requests().isEmpty());
  }

  @Test
  void aFailingSourceStopsTheImportAndAnErrorAbortsItWithTheReport() throws Exception {
    List<Product> input = products(1_200);
    Iterable<Product> failing = () -> failAfter(input.iterator(), 1_100, new IllegalStateException("cursor closed"));
    Iterable<Product> erring = () -> failAfter(input.iterator(), 1_100, new OutOfMemoryError("simulated"));

    ImportReport<Product> stopped = client.async().imports().products().send(failing).get(60, TimeUnit.SECONDS);
    ImportFuture<Product> aborted = client.async().imports().products().send(erring);

    ImportStoppedException sourceFailed = (ImportStoppedException) stopped.stoppedBy().orElseThrow();
    assertEquals(Reason.SOURCE_FAILED, sourceFailed.reason());
    assertEquals("cursor closed", sourceFailed.getCause().getMessage());
    assertEquals(input.subList(1_000, 1_100), stopped.unsentItems());
    assertAccounted(stopped);
    BulkImportAbortedException abort = (BulkImportAbortedException) failureOf(aborted);
    assertInstanceOf(OutOfMemoryError.class, abort.getCause());
    ImportReport<Product> partial = abort.report();
    assertSame(partial, aborted.report().get(60, TimeUnit.SECONDS));
    assertEquals(1_000, partial.itemsSucceeded());
    assertEquals(100, partial.unsentItems().size());
    assertAccounted(partial);
    assertEquals(2, kiliba.requestCount("POST", PRODUCTS));
  }

  @Test
  void anAbortedImportIsObservedAsAbortedAsTheBlockingOneIs() throws Exception {
    List<WorkflowEvent> events = new CopyOnWriteArrayList<>();
    ClientObserver observer = new ClientObserver() {
      @Override
      public void workflowEvent(WorkflowEvent event) {
        events.add(event);
      }
    };
    List<Product> input = products(1_200);
    try (KilibaClient observed = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .observer(observer).build()) {
      ImportFuture<Product> aborted = observed.async().imports().products()
          .send(() -> failAfter(input.iterator(), 1_100, new OutOfMemoryError("simulated")));

      assertInstanceOf(BulkImportAbortedException.class, failureOf(aborted));
      awaitTrue(() -> events.stream().anyMatch(e -> e.step().equals("finished")));
      assertEquals(List.of("aborted"), events.stream().filter(e -> e.step().equals("finished"))
          .map(WorkflowEvent::status).collect(Collectors.toList()));
    }
  }

  @Test
  void theObserverHearsHowAnImportFinishedBeforeItsFutureCompletesAsTheBlockingImportReturns() throws Exception {
    CompletableFuture<ImportFuture<Product>> self = new CompletableFuture<>();
    List<Boolean> doneWhenHeard = new CopyOnWriteArrayList<>();
    ClientObserver observer = new ClientObserver() {
      @Override
      public void workflowEvent(WorkflowEvent event) {
        if (event.step().equals("finished")) {
          doneWhenHeard.add(self.join().isDone());
        }
      }
    };
    try (KilibaClient observed = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .observer(observer).build()) {
      ImportFuture<Product> future = observed.async().imports().products().send(products(1_200));
      self.complete(future);

      assertEquals(1_200, future.get(30, TimeUnit.SECONDS).itemsSucceeded());
      awaitTrue(() -> !doneWhenHeard.isEmpty());
      assertEquals(List.of(false), doneWhenHeard, "the end was observed before the future completed");
    }
  }

  @Test
  void anErrorInTheProgressListenerAbortsTheImportAfterItsBatch() throws Exception {
    ImportFuture<Product> future = client.async().imports().products().send(products(2_500),
        ImportOptions.builder().progressListener((batch, done) -> {
          throw new StackOverflowError("listener");
        }).build());

    BulkImportAbortedException abort = (BulkImportAbortedException) failureOf(future);
    ImportReport<Product> report = abort.report();
    assertInstanceOf(StackOverflowError.class, abort.getCause());
    assertEquals(1, report.batches().size());
    assertEquals(1_000, report.itemsSucceeded());
    assertAccounted(report);
    assertEquals(1, kiliba.requestCount("POST", PRODUCTS));
  }

  @Test
  void cancellingStopsTheSendingAndTheReportSaysWhatWasSent() throws Exception {
    CompletableFuture<ImportFuture<Product>> self = new CompletableFuture<>();
    AtomicBoolean closed = new AtomicBoolean();
    List<Product> input = products(5_000);

    ImportFuture<Product> future = client.async().imports().products().send(input.stream().onClose(() -> closed.set(true)),
        ImportOptions.builder().progressListener((batch, done) -> {
          if (batch.number() == 2) {
            self.join().cancel(true);
          }
        }).build());
    self.complete(future);

    assertThrows(CancellationException.class, future::join);
    assertTrue(future.isCancelled());
    ImportReport<Product> report = future.report().get(60, TimeUnit.SECONDS);
    ImportStoppedException cancelled = (ImportStoppedException) report.stoppedBy().orElseThrow();
    assertEquals(Reason.CANCELLED, cancelled.reason());
    assertEquals(2, report.batches().size());
    assertEquals(2_000, report.itemsSucceeded());
    assertEquals(List.of(), report.unsentItems(), "nothing of the next batch was read");
    assertAccounted(report);
    assertTrue(closed.get(), "the stream was closed");
    Thread.sleep(200);
    assertEquals(2, kiliba.requestCount("POST", PRODUCTS), "nothing was sent after the cancellation");
  }

  @Test
  void cancellingCancelsTheBatchInFlightWhichIsReportedFailedWithItsItems() throws Exception {
    OkHttpClient http = new OkHttpClient();
    try (FakeKiliba slow = FakeKiliba.started();
        KilibaClient own = KilibaClient.builder().baseUrl(slow.baseUrl()).apiKey(slow.apiKey()).okHttpClient(http).build()) {
      List<Product> input = products(3_000);
      ImportFuture<Product> future = own.async().imports().products().send(input, ImportOptions.builder()
          .progressListener((batch, done) -> slow.faults().failNext(1, RequestMatcher.of("POST", PRODUCTS),
              Fault.delay(Duration.ofSeconds(60)))).build());
      awaitTrue(() -> slow.faults().played().size() == 1);

      assertTrue(future.cancel(true));
      ImportReport<Product> report = future.report().get(60, TimeUnit.SECONDS);

      assertEquals(List.of(true, false), report.batches().stream().map(BatchResult::succeeded).collect(Collectors.toList()));
      ImportStoppedException inFlight = (ImportStoppedException) report.failedBatches().get(0).error();
      assertEquals(Reason.CANCELLED, inFlight.reason());
      assertInstanceOf(CancellationException.class, inFlight.getCause());
      assertEquals(input.subList(1_000, 2_000), report.failedItems());
      assertEquals(Reason.CANCELLED, ((ImportStoppedException) report.stoppedBy().orElseThrow()).reason());
      assertAccounted(report);
      awaitTrue(() -> http.dispatcher().runningCallsCount() == 0);
      assertEquals(0, http.dispatcher().runningCallsCount(), "the request in flight was cancelled");
      assertEquals(1, slow.requestCount("POST", PRODUCTS), "only batch 1 was answered; nothing was sent after batch 2");
    }
  }

  private static <T> Iterator<T> failAfter(Iterator<T> items, int count, Throwable failure) {
    return new Iterator<>() {
      private int served;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public T next() {
        if (served++ == count) {
          if (failure instanceof Error) {
            throw (Error) failure;
          }
          throw (RuntimeException) failure;
        }
        return items.next();
      }
    };
  }
}

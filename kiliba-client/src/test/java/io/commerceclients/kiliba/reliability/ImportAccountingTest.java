package io.commerceclients.kiliba.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImportFuture;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportProgressListener;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import io.commerceclients.kiliba.imports.ImportStoppedException.Reason;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk import's promise under failures of every kind, with one and several requests in flight:
 * every item read from the caller's source ends in the report exactly once (succeeded, failed with
 * its cause, or unsent), an Error aborts the import with that report in the exception, and nothing
 * reaches Kiliba that the report does not list.
 */
class ImportAccountingTest {

  private static final int ITEMS = 2_000;
  private static final int PER_BATCH = 100;
  private static final String PRODUCTS = "/client/v1/import/products";

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private final List<Product> input = IntStream.range(0, ITEMS).mapToObj(KilibaFaultMatrixTest::product).collect(Collectors.toList());
  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
  }

  @AfterEach
  void tearDown() {
    Thread.interrupted();
    if (client != null) {
      client.close();
    }
  }

  private KilibaClient client(OkHttpClient http) {
    KilibaClient.Builder builder = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(d -> { });
    if (http != null) {
      builder.okHttpClient(http);
    }
    client = builder.build();
    return client;
  }

  private static ImportOptions options(int concurrency) {
    return ImportOptions.builder().concurrency(concurrency).maxItemsPerBatch(PER_BATCH).build();
  }

  private static ImportOptions options(int concurrency, ImportProgressListener listener) {
    return ImportOptions.builder().from(options(concurrency)).progressListener(listener).build();
  }

  static Stream<Arguments> errorsAndConcurrency() {
    List<Arguments> cases = new ArrayList<>();
    for (int concurrency : new int[] {1, 2, 4}) {
      cases.add(Arguments.of(new StackOverflowError("injected while reading the answer"), concurrency));
      cases.add(Arguments.of(new OutOfMemoryError("injected while reading the answer"), concurrency));
      cases.add(Arguments.of(new AssertionError("injected while reading the answer"), concurrency));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, concurrency {1}")
  @MethodSource("errorsAndConcurrency")
  void anErrorWhileReadingAnAnswerAbortsTheImportWithEveryItemAccountedFor(Error injected, int concurrency) {
    CountingSource source = new CountingSource(input, -1, null);

    BulkImportAbortedException e = assertThrows(BulkImportAbortedException.class, () ->
        client(AnswerSabotage.onAnswer(3, () -> injected).client()).imports().products().send(source, options(concurrency)));

    assertSame(injected, e.getCause());
    ImportReport<Product> report = e.report();
    assertEveryItemReadIsAccountedForOnce(report, source.read());
    assertFalse(report.isSuccessful());
    ImportStoppedException stop = (ImportStoppedException) report.stoppedBy().orElseThrow();
    assertEquals(Reason.ABORTED, stop.reason());
    assertSame(injected, stop.getCause());
    // The batch whose answer could not be read is failed with the Error as its cause; Kiliba did apply it.
    assertEquals(1, report.failedBatches().size());
    FailedBatch<Product> blown = report.failedBatches().get(0);
    assertEquals(Reason.ABORTED, ((ImportStoppedException) blown.error()).reason());
    assertSame(injected, blown.error().getCause());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    assertEquals(report.itemsSent(), kiliba.imports().count(Resource.PRODUCTS));
    if (concurrency == 1) {
      // Deterministic with one request in flight: three batches sent; the fourth, built while the third
      // was in flight, is not sent, and nothing of the fifth was read.
      assertEquals(3, report.batches().size());
      assertEquals(400, source.read());
      assertEquals(input.subList(300, 400), report.unsentItems());
    }
  }

  /**
   * The asynchronous import keeps the same promise when a non-fatal Error strikes while an answer is
   * read. (A VirtualMachineError thrown by the JSON decoding never reaches the asynchronous call:
   * Retrofit rethrows it on OkHttp's thread without calling back; see docs/kiliba.md.)
   */
  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 4})
  void anErrorWhileReadingAnAnswerAbortsTheAsynchronousImportWithEveryItemAccountedFor(int concurrency) {
    AssertionError injected = new AssertionError("injected while reading the answer");
    CountingSource source = new CountingSource(input, -1, null);

    ImportFuture<Product> future = client(AnswerSabotage.onAnswer(3, () -> injected).client()).async().imports()
        .products().send(source, options(concurrency));

    ExecutionException failed = assertThrows(ExecutionException.class, () -> future.get(60, TimeUnit.SECONDS));
    BulkImportAbortedException e = assertInstanceOf(BulkImportAbortedException.class, failed.getCause());
    assertSame(injected, e.getCause());
    ImportReport<Product> report = e.report();
    assertSame(report, future.report().join());
    assertEveryItemReadIsAccountedForOnce(report, source.read());
    assertEquals(Reason.ABORTED, ((ImportStoppedException) report.stoppedBy().orElseThrow()).reason());
    assertEquals(1, report.failedBatches().size());
    assertSame(injected, report.failedBatches().get(0).error().getCause());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    if (concurrency == 1) {
      // Three batches sent, and a full batch needs no look at the next item: nothing else was read.
      assertEquals(3, report.batches().size());
      assertEquals(List.of(), report.unsentItems());
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 4})
  void aRuntimeExceptionWhileReadingAnAnswerFailsThatBatchOnlyAndTheAsynchronousImportGoesOn(int concurrency)
      throws Exception {
    IllegalStateException injected = new IllegalStateException("injected while reading the answer");
    CountingSource source = new CountingSource(input, -1, null);

    ImportReport<Product> report = client(AnswerSabotage.onAnswer(5, () -> injected).client()).async().imports()
        .products().send(source, options(concurrency)).get(60, TimeUnit.SECONDS);

    assertEveryItemReadIsAccountedForOnce(report, ITEMS);
    assertEquals(1, report.failedBatches().size());
    assertSame(injected, report.failedBatches().get(0).error());
    assertEquals(ITEMS - PER_BATCH, report.itemsSucceeded());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 2, 4})
  void aProgressListenerThrowingStackOverflowErrorAbortsTheImport(int concurrency) {
    StackOverflowError injected = new StackOverflowError("injected in the listener");
    AtomicInteger calls = new AtomicInteger();
    CountingSource source = new CountingSource(input, -1, null);

    BulkImportAbortedException e = assertThrows(BulkImportAbortedException.class, () -> client(null).imports().products()
        .send(source, options(concurrency, (batch, done) -> {
          if (calls.incrementAndGet() == 2) {
            throw injected;
          }
        })));

    assertSame(injected, e.getCause());
    ImportReport<Product> report = e.report();
    assertEveryItemReadIsAccountedForOnce(report, source.read());
    assertFalse(report.isSuccessful());
    ImportStoppedException stop = (ImportStoppedException) report.stoppedBy().orElseThrow();
    assertEquals(Reason.ABORTED, stop.reason());
    assertTrue(stop.getMessage().contains("progress listener"), stop.getMessage());
    // Kiliba accepted the batch the listener was told about: it stays succeeded.
    assertTrue(report.failedBatches().isEmpty(), report.failedBatches().toString());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    assertEquals(report.itemsSucceeded(), kiliba.imports().count(Resource.PRODUCTS));
    if (concurrency == 1) {
      // The third batch was built while the second was in flight; it is not sent.
      assertEquals(2, report.batches().size());
      assertEquals(input.subList(200, 300), report.unsentItems());
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 2, 4})
  void aRuntimeExceptionWhileReadingAnAnswerFailsThatBatchOnlyAndTheImportGoesOn(int concurrency) {
    IllegalStateException injected = new IllegalStateException("injected while reading the answer");
    CountingSource source = new CountingSource(input, -1, null);

    ImportReport<Product> report = client(AnswerSabotage.onAnswer(5, () -> injected).client()).imports().products()
        .send(source, options(concurrency));

    assertEquals(ITEMS, source.read());
    assertEveryItemReadIsAccountedForOnce(report, ITEMS);
    assertFalse(report.isSuccessful());
    assertTrue(report.stoppedBy().isEmpty());
    assertEquals(1, report.failedBatches().size());
    assertSame(injected, report.failedBatches().get(0).error());
    assertEquals(ITEMS - PER_BATCH, report.itemsSucceeded());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    assertEquals(ITEMS, kiliba.imports().count(Resource.PRODUCTS));
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 4})
  void aListenerThrowingARuntimeExceptionIsLoggedAndTheImportGoesOn(int concurrency) {
    ImportReport<Product> report = client(null).imports().products().send(input, options(concurrency, (batch, done) -> {
      throw new IllegalStateException("a broken listener");
    }));

    assertTrue(report.isSuccessful());
    assertEveryItemReadIsAccountedForOnce(report, ITEMS);
    assertEquals(ITEMS, kiliba.imports().count(Resource.PRODUCTS));
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 3})
  void aFailingSourceStopsTheImportAndAccountsForTheItemsReadBeforeIt(int concurrency) {
    IllegalStateException broken = new IllegalStateException("cursor closed");
    CountingSource source = new CountingSource(input, 250, broken);

    ImportReport<Product> report = client(null).imports().products().send(source, options(concurrency));

    ImportStoppedException stop = (ImportStoppedException) report.stoppedBy().orElseThrow();
    assertEquals(Reason.SOURCE_FAILED, stop.reason());
    assertSame(broken, stop.getCause());
    assertTrue(stop.getMessage().contains("after 250 items were read"), stop.getMessage());
    assertEquals(250, source.read());
    assertEveryItemReadIsAccountedForOnce(report, 250);
    assertFalse(report.isSuccessful());
    assertEquals(200, report.itemsSucceeded());
    assertEquals(input.subList(200, 250), report.unsentItems());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 3})
  void aStreamThatThrowsAnErrorAbortsTheImportWithTheItemsReadAccountedFor(int concurrency) {
    OutOfMemoryError injected = new OutOfMemoryError("injected in the caller's stream");
    AtomicInteger read = new AtomicInteger();
    Stream<Product> stream = IntStream.range(0, ITEMS).mapToObj(i -> {
      if (i == 250) {
        throw injected;
      }
      read.incrementAndGet();
      return input.get(i);
    });

    BulkImportAbortedException e = assertThrows(BulkImportAbortedException.class,
        () -> client(null).imports().products().send(stream, options(concurrency)));

    assertSame(injected, e.getCause());
    ImportReport<Product> report = e.report();
    assertEquals(Reason.SOURCE_FAILED, ((ImportStoppedException) report.stoppedBy().orElseThrow()).reason());
    assertEquals(250, read.get());
    assertEveryItemReadIsAccountedForOnce(report, 250);
    assertTrue(report.failedBatches().isEmpty());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    if (concurrency == 1) {
      // One request in flight, in input order: the second batch was sent, or it had not started when the
      // Error halted the import and is unsent with the rest.
      long succeeded = report.itemsSucceeded();
      assertTrue(succeeded == 200 || succeeded == 100, "succeeded " + succeeded);
      assertEquals(input.subList((int) succeeded, 250), report.unsentItems());
    } else {
      // The Error halts the import: a batch handed to a worker but not started yet is not sent.
      assertTrue(report.unsentItems().containsAll(input.subList(200, 250)));
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 3})
  void aNullInAStreamStopsTheImportAtItsIndexAndIsReportedUnsentThere(int concurrency) {
    Stream<Product> stream = IntStream.range(0, ITEMS).mapToObj(i -> i == 150 ? null : input.get(i));

    ImportReport<Product> report = client(null).imports().products().send(stream, options(concurrency));

    ValidationException stop = (ValidationException) report.stoppedBy().orElseThrow();
    assertEquals("products[150]", stop.field());
    assertEquals(151, report.itemsRead());
    List<Product> unsent = new ArrayList<>(input.subList(100, 150));
    unsent.add(null);
    assertEquals(unsent, report.unsentItems());
    assertEquals(100, report.itemsSucceeded());
    assertEquals(1, kiliba.requestCount("POST", PRODUCTS));
    assertEquals(100, kiliba.imports().count(Resource.PRODUCTS));
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 2})
  void anInterruptOfTheCallingThreadStopsTheImportWithEveryItemAccountedFor(int concurrency) {
    Thread caller = Thread.currentThread();
    AtomicInteger calls = new AtomicInteger();
    CountingSource source = new CountingSource(input, -1, null);

    ImportReport<Product> report = client(null).imports().products().send(source, options(concurrency, (batch, done) -> {
      if (calls.incrementAndGet() == 2) {
        caller.interrupt();
      }
    }));

    assertTrue(Thread.interrupted(), "the caller's interrupt status is kept");
    assertEquals(Reason.INTERRUPTED, ((ImportStoppedException) report.stoppedBy().orElseThrow()).reason());
    assertEveryItemReadIsAccountedForOnce(report, source.read());
    assertFalse(report.isSuccessful());
    assertTrue(source.read() < ITEMS);
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    if (concurrency == 1) {
      // The interrupt came while the third batch waited for the second to end: it is not sent.
      assertEquals(2, report.batches().size());
      assertEquals(input.subList(200, 300), report.unsentItems());
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 2})
  void aRequestEndedByAnInterruptFailsItsBatch(int concurrency) {
    CountingSource source = new CountingSource(input, -1, null);

    ImportReport<Product> report = client(AnswerSabotage.interruptingOnAnswer(3).client()).imports().products()
        .send(source, options(concurrency));

    boolean callerInterrupted = Thread.interrupted();
    assertEveryItemReadIsAccountedForOnce(report, source.read());
    assertFalse(report.isSuccessful());
    assertEquals(1, report.failedBatches().size());
    TransportException failure = assertInstanceOf(TransportException.class, report.failedBatches().get(0).error());
    assertInstanceOf(InterruptedIOException.class, failure.getCause());
    assertNothingReachedKilibaThatTheReportDoesNotList(report);
    // Batches are sent from worker threads (one with one request in flight): the interrupted sender is a
    // worker, so its batch failed, and the import went on to the end.
    assertFalse(callerInterrupted);
    assertEquals(ITEMS, source.read());
    assertTrue(report.stoppedBy().isEmpty());
  }

  /**
   * Every item read is in exactly one place of the report: a batch (by its index range) or the unsent
   * items; the counts agree; each failed batch lists exactly its input items.
   */
  /**
   * A null element of the caller's input is invalid and stops the reading; it is listed among the
   * unsent items at its place, so every index read is still accounted for.
   */
  @ParameterizedTest(name = "concurrency {0}, asynchronous {1}")
  @CsvSource({"1, false", "4, false", "1, true", "4, true"})
  void aNullItemIsReportedUnsentAtItsPlaceAndNoIndexIsLost(int concurrency, boolean asynchronous) throws Exception {
    List<Product> withNull = new ArrayList<>(input);
    withNull.set(250, null);
    CountingSource source = new CountingSource(withNull, -1, null);
    KilibaClient c = client(null);

    ImportReport<Product> report = asynchronous
        ? c.async().imports().products().send(source, options(concurrency)).get(60, TimeUnit.SECONDS)
        : c.imports().products().send(source, options(concurrency));

    assertEquals("products[250]", ((ValidationException) report.stoppedBy().orElseThrow()).field());
    assertEquals(251, source.read());
    assertEquals(251, report.itemsRead());
    assertEquals(200, report.itemsSucceeded());
    assertEquals(withNull.subList(200, 251), report.unsentItems());
    assertEquals(2, kiliba.requestCount("POST", PRODUCTS));
    assertEquals(200, kiliba.imports().count(Resource.PRODUCTS));
  }

  private void assertEveryItemReadIsAccountedForOnce(ImportReport<Product> report, int read) {
    assertEquals(read, report.itemsRead());
    assertEquals(read, report.itemsSucceeded() + report.itemsFailed() + report.unsentItems().size());
    List<String> seen = new ArrayList<>();
    for (BatchResult batch : report.batches()) {
      for (long i = batch.firstItemIndex(); i < batch.firstItemIndex() + batch.itemCount(); i++) {
        seen.add(input.get((int) i).id().asString());
      }
    }
    report.unsentItems().forEach(p -> seen.add(p.id().asString()));
    Set<String> distinct = new HashSet<>(seen);
    assertEquals(seen.size(), distinct.size(), "an item is accounted for twice");
    assertEquals(input.subList(0, read).stream().map(p -> p.id().asString()).collect(Collectors.toSet()), distinct);
    for (FailedBatch<Product> failed : report.failedBatches()) {
      int from = (int) failed.result().firstItemIndex();
      assertEquals(input.subList(from, from + failed.items().size()), failed.items());
    }
  }

  /** The wire: each batch of the report was sent once, and no unsent item reached Kiliba. */
  private void assertNothingReachedKilibaThatTheReportDoesNotList(ImportReport<Product> report) {
    assertEquals(report.batches().size(), kiliba.requestCount("POST", PRODUCTS));
    assertEquals(report.itemsSent(), kiliba.imports().requests(Resource.PRODUCTS).stream().mapToLong(r -> r.items()).sum());
    for (Product p : report.unsentItems()) {
      assertTrue(kiliba.imports().record(Resource.PRODUCTS, p.id().asString()).isEmpty(), "unsent yet stored: " + p.id());
    }
  }

  /** The caller's source: an Iterable (not a Collection) that counts the items it hands out and may fail. */
  private static final class CountingSource implements Iterable<Product> {
    private final List<Product> items;
    private final int failAt;
    private final RuntimeException failure;
    private final AtomicInteger read = new AtomicInteger();

    CountingSource(List<Product> items, int failAt, RuntimeException failure) {
      this.items = items;
      this.failAt = failAt;
      this.failure = failure;
    }

    int read() {
      return read.get();
    }

    @Override
    public Iterator<Product> iterator() {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return read.get() < items.size();
        }

        @Override
        public Product next() {
          if (read.get() == failAt) {
            throw failure;
          }
          return items.get(read.getAndIncrement());
        }
      };
    }
  }
}

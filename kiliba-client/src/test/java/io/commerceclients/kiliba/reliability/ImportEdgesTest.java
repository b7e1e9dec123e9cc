package io.commerceclients.kiliba.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How an import meets its source, its options and its listener at the edges. */
class ImportEdgesTest {
  private static final String PRODUCTS = "/client/v1/import/products";

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static List<Product> products(int count) {
    return IntStream.range(0, count).mapToObj(KilibaFaultMatrixTest::product).collect(Collectors.toList());
  }

  @Test
  void aFullBatchIsSentWithoutWaitingForTheSourcesNextItem() {
    List<Product> items = products(1001);
    AtomicBoolean sentBeforeTheNextRead = new AtomicBoolean();
    Iterable<Product> live = () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        if (next == 1000) {
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (System.nanoTime() < until && kiliba.requestCount("POST", PRODUCTS) == 0) {
            Thread.onSpinWait();
          }
          sentBeforeTheNextRead.set(kiliba.requestCount("POST", PRODUCTS) > 0);
        }
        return next < items.size();
      }

      @Override
      public Product next() {
        return items.get(next++);
      }
    };

    ImportReport<Product> report = client.imports().products().send(live);

    assertTrue(report.isSuccessful());
    assertTrue(sentBeforeTheNextRead.get(), "the full first batch left before item 1000 was asked for");
  }

  @Test
  void anInvalidItemRightAfterAFullBatchLeavesThatBatchSent() {
    Stream<Product> items = Stream.concat(products(1000).stream(), Stream.of((Product) null));

    ImportReport<Product> report = client.imports().products().send(items);

    assertTrue(report.stoppedBy().isPresent());
    assertEquals(1000, report.itemsSucceeded());
    assertEquals(1, report.unsentItems().size());
  }

  @Test
  void theStreamIsClosedWhenTheOptionsAreRefused() {
    AtomicBoolean closedBlocking = new AtomicBoolean();
    AtomicBoolean closedAsync = new AtomicBoolean();
    ImportOptions refused = ImportOptions.builder().concurrency(99).build();

    assertThrows(ValidationException.class, () -> client.imports().products()
        .send(products(1).stream().onClose(() -> closedBlocking.set(true)), refused));
    client.async().imports().products().send(products(1).stream().onClose(() -> closedAsync.set(true)), refused)
        .report().handle((report, failure) -> null).join();

    assertTrue(closedBlocking.get(), "blocking");
    assertTrue(closedAsync.get(), "asynchronous");
    assertEquals(0, kiliba.requests().size());
  }

  @Test
  void aProgressListenerThatThrowsHidesNoBatchFromTheObserver() {
    List<WorkflowEvent> events = new CopyOnWriteArrayList<>();
    ClientObserver observer = new ClientObserver() {
      @Override
      public void workflowEvent(WorkflowEvent event) {
        events.add(event);
      }
    };
    try (KilibaClient observed = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .observer(observer).build()) {
      ImportReport<Product> report = observed.imports().products().send(products(2500), ImportOptions.builder()
          .progressListener((batch, done) -> {
            throw new IllegalStateException("the progress bar is gone");
          }).build());

      assertTrue(report.isSuccessful());
      assertEquals(3, events.stream().filter(e -> e.step().equals("batch")).count());
    }
  }
}

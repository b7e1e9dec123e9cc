package io.commerceclients.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.Product;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Metrics and trace propagation recorded for real calls to FakeKiliba. */
class MicrometerClientObserverTest {
  @RegisterExtension
  final FakeKiliba kiliba = new FakeKiliba();

  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final ObservationRegistry observations = ObservationRegistry.create();
  private final AtomicInteger spans = new AtomicInteger();

  /** Stands in for a tracing bridge: puts a W3C traceparent on every sender context it sees start. */
  private final ObservationHandler<SenderContext<Object>> propagator = new ObservationHandler<>() {
    @Override
    public void onStart(SenderContext<Object> context) {
      context.getSetter().set(context.getCarrier(), "traceparent",
          String.format("00-%032x-%016x-01", 42, spans.incrementAndGet()));
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return context instanceof SenderContext;
    }
  };

  private KilibaClient client() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters))
        .observationHandler(propagator);
    return KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(d -> { })
        .observer(MicrometerClientObserver.create(observations, meters)).build();
  }

  @Test
  void aCallIsTimedByOperationAndOutcomeAndItsRetriesCountedByReason() {
    kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customers/paginated"), Fault.status(503));
    try (KilibaClient client = client()) {
      client.customers().list(ListCustomersRequest.builder().build());
    }
    assertEquals(1, meters.get(MicrometerClientObserver.OPERATIONS).tag("api", "kiliba")
        .tag("operation", "kiliba.listCustomers").tag("outcome", "SUCCESS").timer().count());
    assertEquals(1, meters.get(MicrometerClientObserver.REQUESTS).tag("uri", "/client/v1/customers/paginated")
        .tag("status", "503").timer().count());
    assertEquals(1, meters.get(MicrometerClientObserver.REQUESTS).tag("status", "200").timer().count());
    assertEquals(1.0, meters.get(MicrometerClientObserver.RETRIES).tag("reason", "503").counter().count());
    assertTrue(meters.get(MicrometerClientObserver.RESPONSE_SIZE).summary().totalAmount() > 0);
  }

  @Test
  void traceparentGoesOnApiRequestsButNeverToThePreSignedStorageUrl(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("store.csv"), "email;firstname\na@example.com;Ann\n");
    try (KilibaClient client = client()) {
      client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build());
    }
    List<RecordedRequest> requests = kiliba.requests();
    RecordedRequest create = requests.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
    assertTrue(create.header("traceparent").orElseThrow().startsWith("00-000000000000000000000000000000" + "2a-"));
    RecordedRequest storage = requests.stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertFalse(storage.header("traceparent").isPresent(), "no trace header to storage");
    assertFalse(storage.header("X-API-Key").isPresent());
  }

  @Test
  void aJobWaitIsTimedByWorkflowAndOutcome() {
    int[] polls = {0};
    JobPoller.<String>builder().fetch(() -> ++polls[0] < 2 ? "running" : "done")
        .classifier(s -> s.equals("done") ? JobState.SUCCEEDED : JobState.IN_PROGRESS)
        .sleeper(d -> { })
        .observer(MicrometerClientObserver.create(observations, meters), "kibo", "kibo.import.wait")
        .build().waitForCompletion();
    assertEquals(1, meters.get(MicrometerClientObserver.WORKFLOWS).tag("workflow", "kibo.import.wait")
        .tag("outcome", "succeeded").timer().count());
  }

  @Test
  void aBulkImportAndAnUploadWaitAreTimedAsWorkflows(@TempDir Path dir) throws Exception {
    OffsetDateTime at = OffsetDateTime.parse("2026-01-02T03:04:05Z");
    List<Product> products = java.util.stream.IntStream.range(0, 3).mapToObj(i -> Product.builder()
        .id(KilibaId.of("p" + i)).name(Map.of("en", "Product " + i))
        .price(new BigDecimal("9.99")).priceWithTax(new BigDecimal("11.99")).quantity(5L).inStock(true)
        .relativeUrl("/p/" + i).absoluteUrl("https://shop.example/p/" + i)
        .addCategories(KilibaId.of("c1")).defaultCategoryId(KilibaId.of("c1")).createdAt(at).updatedAt(at)
        .build()).collect(java.util.stream.Collectors.toList());
    Path file = Files.writeString(dir.resolve("store.csv"), "email;firstname\na@example.com;Ann\n");
    try (KilibaClient client = client()) {
      assertTrue(client.imports().products().send(products).isSuccessful());
      client.physicalStores().upload(FileUpload.builder().file(file).build());
    }
    assertEquals(1, meters.get(MicrometerClientObserver.WORKFLOWS).tag("workflow", "kiliba.import.products")
        .tag("outcome", "succeeded").timer().count());
    assertEquals(1, meters.get(MicrometerClientObserver.WORKFLOWS).tag("workflow", "kiliba.upload.wait")
        .tag("outcome", "succeeded").timer().count());
  }

  @Test
  void anAttemptStartsWithSpringsHttpClientKeysSoItsActiveMeterHasTheSameTagKeysAsTheTimer() {
    try (KilibaClient client = client()) {
      client.customers().list(ListCustomersRequest.builder().build());
    }
    Set<String> springKeys = Set.of("method", "uri", "status", "outcome", "exception", "client.name");
    Set<String> active = tagKeys(meters.get(MicrometerClientObserver.REQUESTS + ".active").longTaskTimer().getId());
    assertEquals(springKeys, active, "Prometheus drops a meter whose tag keys differ from another of the same name");
    assertTrue(tagKeys(meters.get(MicrometerClientObserver.REQUESTS).timer().getId()).containsAll(springKeys));
  }

  @Test
  void anObservationHandlerThatThrowsNeverFailsTheCall() {
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStart(Observation.Context context) {
        throw new IllegalStateException("handler broken at start");
      }

      @Override
      public void onStop(Observation.Context context) {
        throw new IllegalStateException("handler broken at stop");
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customers/paginated"), Fault.status(503));
    try (KilibaClient client = client()) {
      client.customers().list(ListCustomersRequest.builder().build());
      client.async().customers().list(ListCustomersRequest.builder().build()).join();
    }
    assertEquals(3, kiliba.requests().size());
  }

  private static Set<String> tagKeys(Meter.Id id) {
    return id.getTags().stream().map(Tag::getKey).collect(Collectors.toSet());
  }

  @Test
  void anAsyncCallStartedInsideTheCallersObservationIsItsChild() {
    List<Observation.Context> started = new java.util.concurrent.CopyOnWriteArrayList<>();
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStart(Observation.Context context) {
        started.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    try (KilibaClient client = client()) {
      Observation job = Observation.start("nightly.sync", observations);
      try (Observation.Scope scope = job.openScope()) {
        client.async().customers().list(ListCustomersRequest.builder().build()).join();
      } finally {
        job.stop();
      }
      Observation.Context call = started.stream()
          .filter(c -> c.getName().equals(MicrometerClientObserver.OPERATIONS)).findFirst().orElseThrow();
      assertEquals("nightly.sync", call.getParentObservation().getContextView().getName());
    }
  }

  @Test
  void aCancelledCallLeavesNoAttemptOpen() throws Exception {
    kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customers/paginated"),
        Fault.delay(java.time.Duration.ofSeconds(5)));
    try (KilibaClient client = client()) {
      java.util.concurrent.CompletableFuture<?> call = client.async().customers().list(ListCustomersRequest.builder().build());
      for (int i = 0; i < 2_000 && kiliba.requests().isEmpty(); i++) {
        Thread.sleep(10);
      }
      call.cancel(true);
      for (int i = 0; i < 2_000 && meters.find(MicrometerClientObserver.OPERATIONS).timer() == null; i++) {
        Thread.sleep(10);
      }
    }
    assertEquals("CANCELLED", meters.get(MicrometerClientObserver.OPERATIONS).timer().getId().getTag("outcome"));
    assertEquals(0, meters.get(MicrometerClientObserver.REQUESTS + ".active").longTaskTimer().activeTasks(),
        "an attempt observation (and its span) still open after the call ended");
  }

  @Test
  void withoutAttemptObservationsTheCallIsStillTimedButNoAttemptIsObservedNorTraced() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters))
        .observationHandler(propagator);
    kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customers/paginated"), Fault.status(503));
    try (KilibaClient client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .sleeper(d -> { }).observer(MicrometerClientObserver.create(observations, meters).withoutAttemptObservations())
        .build()) {
      client.customers().list(ListCustomersRequest.builder().build());
    }
    assertEquals(1, meters.get(MicrometerClientObserver.OPERATIONS).tag("outcome", "SUCCESS").timer().count());
    assertEquals(1.0, meters.get(MicrometerClientObserver.RETRIES).tag("reason", "503").counter().count());
    assertTrue(meters.find(MicrometerClientObserver.REQUESTS).meters().isEmpty());
    assertEquals(2, kiliba.requests().size());
    kiliba.requests().forEach(r -> assertFalse(r.header("traceparent").isPresent()));
  }
}

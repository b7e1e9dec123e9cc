package io.commerceclients.kiliba.reliability;

import io.commerceclients.core.support.FaultCase;
import io.commerceclients.core.support.RecordingSleeper;
import static io.commerceclients.core.support.FaultCase.MALFORMED;
import static io.commerceclients.core.support.FaultCase.RATE_LIMITED;
import static io.commerceclients.core.support.FaultCase.RATE_LIMITED_RETRY_AFTER;
import static io.commerceclients.core.support.FaultCase.RESET;
import static io.commerceclients.core.support.FaultCase.S500;
import static io.commerceclients.core.support.FaultCase.S503;
import static io.commerceclients.core.support.FaultCase.SUCCEEDS;
import static io.commerceclients.core.support.FaultCase.TIMEOUT;
import static io.commerceclients.core.support.FaultCase.TRUNCATED;
import static io.commerceclients.core.support.FaultCase.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.RequestMatcher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of Kiliba's list iteration, bulk import and file upload: each fault is played on
 * the operation's first request, once (the retry succeeds) or three times (retries run out), and each
 * cell says whether the operation succeeds or which exception ends it, and how many requests reached
 * the faulted endpoint. Default policy: 2 retries; 500 and malformed JSON are never retried.
 */
class KilibaFaultMatrixTest {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";
  private static final String PRODUCTS = "/client/v1/import/products";
  private static final String STORAGE = "/_fake-s3/uploads/{uploadId}";
  private static final OffsetDateTime T = OffsetDateTime.parse("2024-05-01T12:00:00Z");

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .readTimeout(FaultCase.READ_TIMEOUT).sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** 2,500 customers are 3 pages of 1,000; the fault hits the request for page 1. */
  static Stream<FaultCase> listIteration() {
    return Stream.of(
        //   fault                       times  outcome                     GET /customers/paginated
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 4),
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 3, RateLimitException.class, 3),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 4),
        cell("429 without Retry-After", RATE_LIMITED, 3, RateLimitException.class, 3),
        cell("500", S500, 1, ServerException.class, 1),
        cell("503", S503, 1, SUCCEEDS, 4),
        cell("503", S503, 3, ServerException.class, 3),
        cell("connection reset", RESET, 1, SUCCEEDS, 4),
        cell("connection reset", RESET, 3, TransportException.class, 3),
        cell("read timeout", TIMEOUT, 1, SUCCEEDS, 4),
        cell("read timeout", TIMEOUT, 3, ApiTimeoutException.class, 3),
        cell("truncated body", TRUNCATED, 1, SUCCEEDS, 4),
        cell("truncated body", TRUNCATED, 3, TransportException.class, 3),
        cell("malformed JSON", MALFORMED, 1, ProtocolException.class, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void listIteration(FaultCase c) {
    kiliba.customers().addGenerated(2_500);
    kiliba.faults().failNext(c.times(), RequestMatcher.of("GET", CUSTOMERS), c.injected());

    if (c.outcome() == SUCCEEDS) {
      List<Customer> all = client.customers().listAll(ListCustomersRequest.builder().build()).stream()
          .collect(Collectors.toList());
      assertEquals(2_500, all.size());
      assertEquals(2_500, all.stream().map(Customer::idCustomer).distinct().count());
    } else {
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> client.customers().listAll(ListCustomersRequest.builder().build()).forEach(x -> { }));
      assertEquals(c.outcome(), e.getClass(), e::toString);
    }
    assertEquals(c.requests(), c.settledCount(() -> kiliba.requestCount("GET", CUSTOMERS)));
  }

  /** 1,500 products are 2 batches; the fault hits the first batch, which the report then gives as failed. */
  static Stream<FaultCase> bulkImport() {
    return Stream.of(
        //   fault                       times  outcome of batch 1          POST /import/products
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 3),
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 3, RateLimitException.class, 4),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 3),
        cell("429 without Retry-After", RATE_LIMITED, 3, RateLimitException.class, 4),
        cell("500", S500, 1, ServerException.class, 2),
        cell("503", S503, 1, SUCCEEDS, 3),
        cell("503", S503, 3, ServerException.class, 4),
        cell("connection reset", RESET, 1, SUCCEEDS, 3),
        cell("connection reset", RESET, 3, TransportException.class, 4),
        cell("read timeout", TIMEOUT, 1, SUCCEEDS, 3),
        cell("read timeout", TIMEOUT, 3, ApiTimeoutException.class, 4),
        cell("truncated body", TRUNCATED, 1, SUCCEEDS, 3),
        cell("truncated body", TRUNCATED, 3, TransportException.class, 4),
        cell("malformed JSON", MALFORMED, 1, ProtocolException.class, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void bulkImport(FaultCase c) {
    kiliba.faults().failNext(c.times(), RequestMatcher.of("POST", PRODUCTS), c.injected());
    List<Product> input = IntStream.range(0, 1_500).mapToObj(KilibaFaultMatrixTest::product).collect(Collectors.toList());

    ImportReport<Product> report = client.imports().products().send(input);

    assertEquals(1_500, report.itemsSent());
    assertTrue(report.unsentItems().isEmpty());
    if (c.outcome() == SUCCEEDS) {
      assertTrue(report.isSuccessful(), report::toString);
      assertEquals(1_500, kiliba.imports().count(Resource.PRODUCTS));
    } else {
      assertFalse(report.isSuccessful());
      assertEquals(List.of(false, true), report.batches().stream().map(BatchResult::succeeded).collect(Collectors.toList()));
      assertEquals(1, report.failedBatches().size());
      assertEquals(input.subList(0, 1_000), report.failedBatches().get(0).items());
      assertEquals(c.outcome(), report.failedBatches().get(0).error().getClass());
      assertEquals(500, report.itemsSucceeded());
    }
    for (Product p : report.batches().get(1).succeeded() ? input.subList(1_000, 1_500) : List.<Product>of()) {
      assertTrue(kiliba.imports().record(Resource.PRODUCTS, p.id().asString()).isPresent(), p.id()::asString);
    }
    assertEquals(c.requests(), c.settledCount(() -> kiliba.requestCount("POST", PRODUCTS)));
  }

  /**
   * The fault hits the streamed PUT of the file to the pre-signed URL (a repeatable {@code Path}
   * body). Storage answers 200 with no body, so there is no body to cut short nor JSON to misread.
   */
  static Stream<FaultCase> fileUpload() {
    return Stream.of(
        //   fault                       times  outcome                     PUT to storage
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 2),
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 3, RateLimitException.class, 3),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 2),
        cell("429 without Retry-After", RATE_LIMITED, 3, RateLimitException.class, 3),
        cell("500", S500, 1, ServerException.class, 1),
        cell("503", S503, 1, SUCCEEDS, 2),
        cell("503", S503, 3, ServerException.class, 3),
        cell("connection reset", RESET, 1, SUCCEEDS, 2),
        cell("connection reset", RESET, 3, TransportException.class, 3),
        cell("read timeout", TIMEOUT, 1, SUCCEEDS, 2),
        cell("read timeout", TIMEOUT, 3, ApiTimeoutException.class, 3),
        cell("truncated body", TRUNCATED, 1, SUCCEEDS, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void fileUpload(FaultCase c, @TempDir Path dir) throws Exception {
    String content = "email\tfirstname\na@example.com\tAnn\nb@example.com\tBob\n";
    Path file = Files.writeString(dir.resolve("store.tsv"), content);
    kiliba.faults().failNext(c.times(), RequestMatcher.of("PUT", STORAGE), c.injected());
    FileUpload upload = FileUpload.builder().file(file).waitForProcessing(false).build();

    if (c.outcome() == SUCCEEDS) {
      UploadResult result = client.physicalStores().upload(upload);
      assertEquals(content, new String(kiliba.uploads().storedFile(result.uploadId()).orElseThrow().bytes(),
          StandardCharsets.UTF_8));
      assertEquals(1, kiliba.requestCount("POST", "/client/v1/physical-stores/uploads/{uploadId}/complete"));
    } else {
      RuntimeException e = assertThrows(RuntimeException.class, () -> client.physicalStores().upload(upload));
      assertEquals(c.outcome(), e.getClass(), e::toString);
      assertEquals(0, kiliba.requestCount("POST", "/client/v1/physical-stores/uploads/{uploadId}/complete"),
          "an upload that did not reach storage is never completed");
    }
    assertEquals(1, kiliba.requestCount("POST", "/client/v1/physical-stores/uploads"));
    assertEquals(c.requests(), c.settledCount(() -> kiliba.requestCount("PUT", STORAGE)));
    assertTrue(kiliba.uploads().rejectedStorageRequests().isEmpty(), "no retry carried the API key to storage");
  }

  /**
   * The fault hits the creation of the upload session, a POST Kiliba does not mark idempotent: no
   * fault is retried (a second session would be opened), and nothing reaches storage; except a 429,
   * which the server refused before processing it, so it is retried like for every method.
   */
  static Stream<FaultCase> uploadSession() {
    return Stream.of(
        //   fault                       times  outcome                     POST /physical-stores/uploads
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 2),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 2),
        cell("500", S500, 1, ServerException.class, 1),
        cell("503", S503, 1, ServerException.class, 1),
        cell("connection reset", RESET, 1, TransportException.class, 1),
        cell("read timeout", TIMEOUT, 1, ApiTimeoutException.class, 1),
        cell("truncated body", TRUNCATED, 1, TransportException.class, 1),
        cell("malformed JSON", MALFORMED, 1, ProtocolException.class, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void uploadSession(FaultCase c, @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\na@example.com\n");
    kiliba.faults().failNext(c.times(), RequestMatcher.of("POST", "/client/v1/physical-stores/uploads"), c.injected());
    FileUpload upload = FileUpload.builder().file(file).waitForProcessing(false).build();

    if (c.outcome() == SUCCEEDS) {
      client.physicalStores().upload(upload);
      assertEquals(1, kiliba.requestCount("PUT", STORAGE));
      assertEquals(1, sleeper.delays.size(), "the 429 was retried once: " + sleeper.delays);
    } else {
      RuntimeException e = assertThrows(RuntimeException.class, () -> client.physicalStores().upload(upload));
      assertEquals(c.outcome(), e.getClass(), e::toString);
      assertEquals(0, kiliba.requestCount("PUT", STORAGE));
      assertTrue(sleeper.delays.isEmpty(), "nothing was retried: " + sleeper.delays);
    }
    assertEquals(c.requests(), c.settledCount(() -> kiliba.requestCount("POST", "/client/v1/physical-stores/uploads")));
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
}

package io.commerceclients.kiliba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.polling.JobFailedException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.stores.SourceConfig;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The client against the stateful fake: pagination, bulk imports, uploads, over real HTTP. */
class KilibaFakeTest {

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-05-01T12:00:00Z");
  private static final PollingOptions FAST = PollingOptions.builder().interval(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(1)).build();

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

  static Product product(int i, String description) {
    return Product.builder()
        .id(KilibaId.of("p" + i))
        .name(Map.of("en", "Product " + i))
        .description(Map.of("en", description))
        .price(new BigDecimal("9.99")).priceWithTax(new BigDecimal("11.99"))
        .quantity(5L).inStock(true)
        .relativeUrl("/p/" + i).absoluteUrl("https://shop.example/p/" + i)
        .addCategories(KilibaId.of("c1")).defaultCategoryId(KilibaId.of("c1"))
        .createdAt(T).updatedAt(T)
        .build();
  }

  static List<Product> products(int count, String description) {
    return IntStream.range(0, count).mapToObj(i -> product(i, description)).collect(Collectors.toList());
  }

  @Test
  void iteratesFiveThousandCustomersPageByPageAndStopsAtTheTotal() {
    kiliba.customers().addGenerated(5_000);

    List<Customer> all = client.customers().listAll(ListCustomersRequest.builder().build()).stream().collect(Collectors.toList());

    assertEquals(5_000, all.size());
    assertEquals(KilibaId.of(1), all.get(0).idCustomer());
    assertEquals(KilibaId.of(5_000), all.get(4_999).idCustomer());
    assertEquals(5_000, all.stream().map(Customer::idCustomer).distinct().count());
    List<String> pages = kiliba.requests(r -> r.path().equals("/client/v1/customers/paginated")).stream()
        .map(RecordedRequest::rawQuery).collect(Collectors.toList());
    assertEquals(List.of("limit=1000&page=1", "limit=1000&page=2", "limit=1000&page=3", "limit=1000&page=4",
        "limit=1000&page=5"), pages);
  }

  @Test
  void filtersAndPagesTogether() {
    kiliba.customers().addGenerated(30);
    kiliba.customers().add(Map.of("id_customer", 31, "email", "blocked@example.com",
        "date_update", "2024-01-01T00:10:00Z"), "blocked");

    List<Customer> recent = new ArrayList<>();
    client.customers().listAll(ListCustomersRequest.builder().limit(7)
        .dateUpdate(OffsetDateTime.parse("2024-01-01T00:10:00Z")).build()).forEach(recent::add);
    List<Customer> blocked = client.customers().listAll(ListCustomersRequest.builder()
        .addStatuses(CustomerStatus.BLOCKED).build()).stream().collect(Collectors.toList());

    // Generated customer n is updated at 00:(n-1), so ids 11..30 plus the blocked one match.
    assertEquals(21, recent.size());
    assertEquals(KilibaId.of(11), recent.get(0).idCustomer());
    assertEquals(List.of(KilibaId.of(31)), blocked.stream().map(Customer::idCustomer).collect(Collectors.toList()));
  }

  @Test
  void blacklistAndWhitelistChangeTheCustomers() {
    kiliba.customers().addGenerated(3);

    assertEquals(2L, client.customers().blacklist(List.of("customer1@example.com", "customer2@example.com"))
        .processedEmails().orElseThrow());
    assertEquals(1L, client.customers().whitelist(List.of("customer2@example.com", "nobody@example.com"))
        .processedEmails().orElseThrow());

    List<Customer> blacklisted = client.customers().listAll(ListCustomersRequest.builder()
        .addStatuses(CustomerStatus.BLACKLISTED).build()).stream().collect(Collectors.toList());
    assertEquals(1, blacklisted.size());
    assertEquals("apiclientv1", blacklisted.get(0).blacklistReasonDetails().orElseThrow().reasonName().orElseThrow());
    assertEquals("subscribed", kiliba.customers().statusOf("customer2@example.com").orElseThrow());
  }

  @Test
  void importsTwentyFiveThousandProductsInBatchesOfAThousand() {
    List<Integer> progress = new ArrayList<>();

    ImportReport<Product> report = client.imports().products().send(products(25_000, "Cotton T-shirt"),
        ImportOptions.builder().progressListener((batch, done) -> progress.add(batch.number())).build());

    assertTrue(report.isSuccessful());
    assertEquals(25_000, report.itemsSent());
    assertEquals(25_000, report.processed());
    assertEquals(25, report.batches().size());
    assertEquals(IntStream.rangeClosed(1, 25).boxed().collect(Collectors.toList()), progress);
    assertEquals(25_000, kiliba.imports().count(Resource.PRODUCTS));
    assertTrue(kiliba.imports().requests(Resource.PRODUCTS).stream().allMatch(r -> r.items() == 1000));
    assertEquals("Product 24999", ((Map<?, ?>) kiliba.imports().record(Resource.PRODUCTS, "p24999").orElseThrow().get("name")).get("en"));
  }

  @Test
  void largeDescriptionsSplitBatchesBySizeUnderSixMegabytes() {
    String description = "x".repeat(12_000);

    ImportReport<Product> report = client.imports().products().send(products(1_500, description).stream(),
        ImportOptions.builder().concurrency(3).build());

    assertTrue(report.isSuccessful());
    List<FakeKilibaImports.Request> requests = kiliba.imports().requests(Resource.PRODUCTS);
    assertEquals(4, requests.size());
    assertTrue(requests.stream().allMatch(r -> r.bytes() <= 6_000_000 && r.items() < 1000), requests.toString());
    assertTrue(requests.stream().anyMatch(r -> r.bytes() > 5_900_000), requests.toString());
    assertEquals(1_500, requests.stream().mapToInt(FakeKilibaImports.Request::items).sum());
    assertEquals(1_500, kiliba.imports().count(Resource.PRODUCTS));
    assertEquals(report.batches().stream().map(BatchResult::bytes).sorted().collect(Collectors.toList()),
        requests.stream().map(FakeKilibaImports.Request::bytes).sorted().collect(Collectors.toList()));
  }

  @Test
  void aBatchThatFailsAfterRetriesIsReportedWithItsItems() {
    kiliba.faults().failNext(3, RequestMatcher.of("POST", "/client/v1/import/products"), Fault.status(503));
    List<Product> input = products(2_500, "d");

    ImportReport<Product> report = client.imports().products().send(input);

    assertFalse(report.isSuccessful());
    assertEquals(1, report.failedBatches().size());
    assertEquals(input.subList(0, 1000), report.failedBatches().get(0).items());
    assertTrue(report.failedBatches().get(0).error() instanceof ServerException);
    assertEquals(503, ((ServerException) report.failedBatches().get(0).error()).statusCode());
    assertEquals(List.of(false, true, true), report.batches().stream().map(BatchResult::succeeded).collect(Collectors.toList()));
    assertEquals(2_500, report.itemsSent());
    assertEquals(1_500, report.itemsSucceeded());
    assertEquals(1_500, kiliba.imports().count(Resource.PRODUCTS));
    assertEquals(5, kiliba.requestCount("POST", "/client/v1/import/products"));
    assertEquals(List.of(3, 1, 1), report.batches().stream().map(BatchResult::attempts).collect(Collectors.toList()));
  }

  @Test
  void withSeveralRequestsInFlightEveryItemIsInExactlyOneBatchOfTheReport() {
    kiliba.faults().failNext(3, RequestMatcher.of("POST", "/client/v1/import/products"), Fault.status(502));
    List<Product> input = products(9_500, "d");

    ImportReport<Product> report = client.imports().products().send(input, ImportOptions.builder().concurrency(4).build());

    long next = 0;
    for (BatchResult batch : report.batches()) {
      assertEquals(next, batch.firstItemIndex());
      next += batch.itemCount();
    }
    assertEquals(9_500, next);
    assertEquals(IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList()),
        report.batches().stream().map(BatchResult::number).collect(Collectors.toList()));
    int failures = report.failedBatches().size();
    assertTrue(failures <= 1, report.failedBatches().toString());
    report.failedBatches().forEach(f -> assertEquals(
        input.subList((int) f.result().firstItemIndex(), (int) f.result().firstItemIndex() + f.items().size()), f.items()));
    assertEquals(9_500 - report.itemsFailed(), kiliba.imports().count(Resource.PRODUCTS));
    assertTrue(report.unsentItems().isEmpty());
  }

  @Test
  void aRetriedBatchSucceedsAndIsCountedOnce() {
    kiliba.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/import/products"), Fault.status(503));

    ImportReport<Product> report = client.imports().products().send(products(10, "d"));

    assertTrue(report.isSuccessful());
    assertEquals(10, report.processed());
    assertEquals(2, kiliba.requestCount("POST", "/client/v1/import/products"));
    assertEquals(2, report.batches().get(0).attempts());
    assertEquals(1, report.batchesResent());
  }

  @Test
  void anInvalidItemInACollectionStopsEverythingBeforeTheNetwork() {
    List<Product> input = new ArrayList<>(products(1_500, "d"));
    input.set(1_200, Product.builder().from(input.get(1_200)).quantity(-1L).build());

    ValidationException e = assertThrows(ValidationException.class, () -> client.imports().products().send(input));

    assertEquals("products[1200].quantity", e.field());
    assertEquals("products[1200].quantity: must be between 0 and 9007199254740991 (was -1)", e.getMessage());
    assertTrue(kiliba.requests().isEmpty());
  }

  @Test
  void anInvalidItemInAStreamStopsTheImportAndListsWhatWasNotSent() {
    Stream<Product> input = IntStream.range(0, 1_500)
        .mapToObj(i -> i == 1_200 ? Product.builder().from(product(i, "d")).categories(List.of()).build() : product(i, "d"));

    ImportReport<Product> report = client.imports().products().send(input);

    assertFalse(report.isSuccessful());
    assertEquals("products[1200].categories", ((ValidationException) report.stoppedBy().orElseThrow()).field());
    assertEquals(1_000, report.itemsSent());
    assertEquals(201, report.unsentItems().size());
    assertEquals(KilibaId.of("p1000"), report.unsentItems().get(0).id());
    assertEquals(1_000, kiliba.imports().count(Resource.PRODUCTS));
  }

  @Test
  void deletionsCarryOnlyTheIdsAndOverwriteTheRecord() {
    client.imports().products().send(products(2, "d"));
    client.imports().products().send(List.of(Product.deletion(KilibaId.of("p1"))));

    assertEquals(Map.of("id", "p1", "deleted", true), kiliba.imports().record(Resource.PRODUCTS, "p1").orElseThrow());
    assertEquals(2, kiliba.imports().count(Resource.PRODUCTS));
  }

  @Test
  void uploadsAPhysicalStoreFileEndToEndWithoutSendingTheKeyToStorage(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("store-customers.tsv"),
        "email\tfirstname\tstore\na@example.com\tAnn\tParis\nb@example.com\tBob\tLyon\nbroken-row\n");

    UploadResult result = client.physicalStores().upload(FileUpload.builder().file(file).datasetType("customers").polling(FAST).build());

    assertTrue(result.finished());
    assertEquals(3L, result.rowsTotal().orElseThrow());
    assertEquals(2L, result.rowsAccepted().orElseThrow());
    assertEquals(1L, result.rowsRejected().orElseThrow());
    assertEquals("customers", result.outputs().get(0).datasetType().orElseThrow());
    RecordedRequest storage = kiliba.requests(r -> r.method().equals("PUT")).get(0);
    assertTrue(storage.header("X-API-Key").isEmpty(), storage.headers().toString());
    assertTrue(storage.header("Authorization").isEmpty());
    assertTrue(kiliba.uploads().rejectedStorageRequests().isEmpty());
    assertEquals(Files.readString(file),
        new String(kiliba.uploads().storedFile(result.uploadId()).orElseThrow().bytes(), java.nio.charset.StandardCharsets.UTF_8));
    List<String> order = kiliba.requests().stream().map(r -> r.method() + " " + r.path().replace(result.uploadId(), "{id}"))
        .distinct().collect(Collectors.toList());
    assertEquals(List.of("POST /client/v1/physical-stores/uploads", "PUT /_fake-s3/uploads/{id}",
        "POST /client/v1/physical-stores/uploads/{id}/complete", "GET /client/v1/physical-stores/uploads/{id}"), order);
  }

  @Test
  void theFakeAcceptsTheSourceConfigTheClientSends(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("s.tsv"), "email\na@example.com\n");

    client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false)
        .sourceConfig(SourceConfig.builder().addShopId("7").defaultShopId("7").build()).build());

    RecordedRequest created = kiliba.requests(r -> r.path().equals("/client/v1/physical-stores/uploads")).get(0);
    assertTrue(created.bodyText().contains("\"sourceConfig\":{\"shopIds\":[\"7\"],\"defaultShopId\":\"7\"}"), created.bodyText());
    assertEquals(1, kiliba.uploads().uploadIds().size());
  }

  @Test
  void anUploadReportsTheBytesSentAndEveryStatusRead(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("s.tsv"), "email\na@example.com\nb@example.com\n");
    List<Long> sent = new ArrayList<>();
    List<String> stages = new ArrayList<>();

    client.physicalStores().upload(FileUpload.builder().file(file).polling(FAST)
        .onUploadProgress((bytes, total) -> sent.add(bytes))
        .onProgress(status -> stages.add(status.currentStage().orElseThrow()))
        .build());

    assertEquals(Files.size(file), sent.get(sent.size() - 1));
    assertEquals(List.of("detect", "parse", "publish", "done"), stages);
  }

  @Test
  void uploadStagesAdvanceOnEachStatusRead(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("s.tsv"), "email\na@example.com\n");

    UploadResult started = client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build());
    List<String> stages = new ArrayList<>();
    stages.add(started.status().currentStage().orElseThrow());
    for (int i = 0; i < 5; i++) {
      UploadStatus s = client.physicalStores().getUpload(started.uploadId());
      stages.add(s.status().orElseThrow().value() + "/" + s.currentStage().orElseThrow());
    }

    assertFalse(started.finished());
    assertEquals(List.of("detect", "processing/detect", "processing/parse", "processing/publish", "completed/done",
        "completed/done"), stages);
  }

  @Test
  void anUploadWhoseParsingFailsThrowsWithTheLastStatus(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("empty.tsv"), "email\n");

    JobFailedException e = assertThrows(JobFailedException.class,
        () -> client.physicalStores().upload(FileUpload.builder().file(file).polling(FAST).build()));

    assertEquals("failed", e.lastState(UploadStatus.class).orElseThrow().status().orElseThrow().value());
  }

  @Test
  void sendsTransactionalEmailsAndRefusesAWrongKey() {
    client.transactionalEmails().send(TransactionalEmail.builder().transactionalEmailId("order-shipped")
        .email("jane@example.com").language("en").putVariable("order", "A-1").build());

    assertEquals(List.of(Map.of("transactionalEmailId", "order-shipped", "email", "jane@example.com", "language", "en",
        "variables", Map.of("order", "A-1"))), kiliba.emails().sent());
    try (KilibaClient wrong = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey("wrong").build()) {
      assertThrows(AuthenticationException.class, () -> wrong.customers().list(ListCustomersRequest.builder().build()));
    }
  }
}

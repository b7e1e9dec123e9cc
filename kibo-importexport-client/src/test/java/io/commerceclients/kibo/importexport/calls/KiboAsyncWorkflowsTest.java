package io.commerceclients.kibo.importexport.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportCancelledException;
import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.KiboImportStoppedException;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.batch.BatchJobResult;
import io.commerceclients.kibo.importexport.batch.BatchJobRunRequest;
import io.commerceclients.kibo.importexport.batch.KiboBatchJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.BatchJobStatus;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asynchronous long workflows against FakeKibo: the one-call import (split or not), the
 * one-call export and the batch-job run, each in success, failure and cancellation.
 */
class KiboAsyncWorkflowsTest {
  private static final String IMPORT = "/api/platform/data/import";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private final List<Duration> sleeps = new ArrayList<>();
  private final NestedCallDetector detector = new NestedCallDetector();
  private final okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().addInterceptor(detector).build();
  private KiboImportExportClient client;

  private KiboImportExportAsyncClient kiboAsync() {
    if (client == null) {
      client = KiboImportExportClient.builder()
          .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
          .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
          .okHttpClient(http)
          .sleeper(sleeps::add)
          .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
          .build();
    }
    return client.async();
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    http.dispatcher().executorService().shutdown();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static Throwable failure(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS)).getCause();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private Path catalogCsvs() throws Exception {
    Path csvDir = Files.createDirectory(dir.resolve("catalog"));
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(csvDir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
      csv.writeRow(Map.of("LocationTypeCode", "ST", "LocationTypeName", "Store"));
    }
    return csvDir;
  }

  private Path customerCsvs() throws Exception {
    Path csvDir = Files.createDirectory(dir.resolve("customers"));
    Files.writeString(csvDir.resolve("CustomerContacts.csv"), "AccountId,FirstName\r\n1,Ann\r\n");
    Files.writeString(csvDir.resolve("CustomerAccounts.csv"),
        "Email,FirstName\r\na1@x.io,Al\r\na2@x.io,Bo\r\na3@x.io,Cy\r\na4@x.io,Di\r\na5@x.io,Ed\r\n");
    Files.writeString(csvDir.resolve("CustomerSegments.csv"), "Code,Name\r\nVIP,Very\r\nNEW,New\r\n");
    return csvDir;
  }

  private static String ranges(List<RecordRange> records) {
    return records.stream().map(RecordRange::describe).collect(Collectors.joining(", "));
  }

  @Test
  void anAsynchronousImportUploadsCreatesPollsAndDownloadsItsLogWithoutNestedCalls() throws Exception {
    List<String> progress = new ArrayList<>();
    long[] uploaded = {0};

    ImportResult result = await(kiboAsync().imports().run(ImportRequest.builder()
        .domain(Domain.CATALOG).directory(catalogCsvs()).logTarget(dir.resolve("log.csv"))
        .onUploadProgress((sent, total) -> uploaded[0] = sent)
        .onProgress(job -> progress.add(job.status().orElse("?")))
        .build()));

    assertTrue(result.job().isSucceeded());
    assertEquals(List.of("processing", "complete"), progress);
    assertEquals(kibo.storedFileSize(result.upload().id().orElseThrow()).orElseThrow(), uploaded[0]);
    assertEquals(dir.resolve("log.csv"), result.log().orElseThrow());
    assertEquals(2, result.readLog().size());
    assertEquals(List.of("WH", "ST"), kibo.rows("LocationTypes").stream().map(r -> r.get("LocationTypeCode"))
        .collect(Collectors.toList()));
    RecordedRequest upload = kibo.requests(r -> r.path().equals("/api/platform/data/files")).get(0);
    assertEquals("fileType=import&fileName=catalog-import.zip", upload.rawQuery());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps.stream().filter(d -> !d.isZero()).collect(Collectors.toList()),
        "one poll interval, scheduled");
    assertEquals(List.of(), detector.nested);
  }

  @Test
  void aFailedJobFailsTheFutureWithItsDownloadedLog() throws Exception {
    Path zip = dir.resolve("bad.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("locationtypes.csv"));
      z.write("LocationTypeCode\r\nWH\r\n".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }

    KiboJobFailedException e = (KiboJobFailedException) failure(kiboAsync().imports().run(ImportRequest.builder()
        .domain(Domain.CATALOG).zipFile(zip).logTarget(dir.resolve("import-log.csv")).build()));

    assertEquals("errored", e.status().orElseThrow());
    assertEquals(dir.resolve("import-log.csv"), e.log().orElseThrow());
    assertTrue(Files.readString(e.log().orElseThrow()).contains("lacks the required column 'LocationTypeName'"));
  }

  @Test
  void cancellingAnImportWhilePollingStopsThePollsAndReportsTheJobThatGoesOnInKibo() throws Exception {
    kibo.pollsUntilDone(50);
    CountDownLatch polled = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<ImportResult> run = kiboAsync().imports().run(ImportRequest.builder()
        .domain(Domain.CATALOG).directory(catalogCsvs())
        .onProgress(job -> {
          polled.countDown();
          await(release);
        })
        .build());
    await(polled);

    assertTrue(run.cancel(true));
    release.countDown();

    KiboImportCancelledException e = assertThrows(KiboImportCancelledException.class, run::join);
    assertTrue(run.isCancelled());
    String jobId = kibo.requests(r -> r.method().equals("GET") && r.path().startsWith(IMPORT + "/")).get(0).path()
        .substring(IMPORT.length() + 1);
    assertEquals(jobId, e.runningJob().orElseThrow().id().orElseThrow());
    assertEquals(1, e.cancelledJob());
    assertTrue(e.getMessage().contains("Job " + jobId + " goes on in Kibo"), e.getMessage());
    Thread.sleep(200);
    assertEquals(1, kibo.requestCount("GET", IMPORT + "/{id}"), "no poll after the cancellation");
  }

  @Test
  void aLargeCustomerImportRunsItsJobsOneAfterTheOtherAsynchronously() throws Exception {
    ImportResult result = await(kiboAsync().imports().run(ImportRequest.builder().domain(Domain.CUSTOMER)
        .directory(customerCsvs()).maxCustomerRecordsPerJob(3).logTarget(dir.resolve("log.csv")).build()));

    assertEquals(List.of("CustomerSegments rows 1-2, CustomerAccounts rows 1-1", "CustomerAccounts rows 2-4",
        "CustomerAccounts rows 5-5, CustomerContacts rows 1-1"),
        result.jobs().stream().map(j -> ranges(j.records())).collect(Collectors.toList()));
    assertEquals(List.of("log-1.csv", "log-2.csv", "log-3.csv"),
        result.jobs().stream().map(j -> j.log().orElseThrow().getFileName().toString()).collect(Collectors.toList()));
    assertEquals(List.of("a1@x.io", "a2@x.io", "a3@x.io", "a4@x.io", "a5@x.io"),
        kibo.rows("CustomerAccounts").stream().map(r -> r.get("Email")).collect(Collectors.toList()));
    List<String> order = kibo.requests(r -> r.path().equals("/api/platform/data/files")
        || r.method().equals("POST") && r.path().equals(IMPORT)).stream().map(RecordedRequest::method)
        .collect(Collectors.toList());
    assertEquals(List.of("POST", "POST", "POST", "POST", "POST", "POST"), order);
    List<RecordedRequest> sent = kibo.requests();
    int firstUploadOfJob2 = indexOf(sent, 1, r -> r.path().equals("/api/platform/data/files"));
    String job1 = result.jobs().get(0).job().id().orElseThrow();
    assertTrue(lastIndexOf(sent, r -> r.path().equals(IMPORT + "/" + job1)) < firstUploadOfJob2,
        "job 2 is uploaded once job 1 finished");
  }

  private static int indexOf(List<RecordedRequest> sent, int skip, java.util.function.Predicate<RecordedRequest> test) {
    int seen = 0;
    for (int i = 0; i < sent.size(); i++) {
      if (test.test(sent.get(i)) && seen++ == skip) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<RecordedRequest> sent, java.util.function.Predicate<RecordedRequest> test) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (test.test(sent.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aSplitImportThatFailsAtItsSecondJobSaysWhichRowsWereNotSent() throws Exception {
    RequestMatcher secondCreate = new RequestMatcher() {
      private int creates;

      @Override
      public boolean matches(String method, String path) {
        return method.equals("POST") && path.equals(IMPORT) && ++creates == 2;
      }
    };
    kibo.faults().failNext(1, secondCreate, Fault.status(500, "{\"message\":\"Import service unavailable\"}"));

    KiboImportStoppedException e = (KiboImportStoppedException) failure(kiboAsync().imports().run(
        ImportRequest.builder().domain(Domain.CUSTOMER).directory(customerCsvs()).maxCustomerRecordsPerJob(3).build()));

    assertEquals(2, e.stoppedJob());
    assertInstanceOf(ServerException.class, e.getCause());
    assertEquals("CustomerSegments rows 1-2, CustomerAccounts rows 1-1", ranges(e.completedJobs().get(0).records()));
    assertEquals("CustomerAccounts rows 2-4, CustomerAccounts rows 5-5, CustomerContacts rows 1-1",
        ranges(e.unsentRecords()));
    assertEquals(2, kibo.requestCount("POST", "/api/platform/data/files"), "job 3 was never uploaded");
  }

  @Test
  void cancellingWhileAJobsCreationIsInFlightNamesItsUploadToFindItBy() throws Exception {
    CountDownLatch secondCreation = new CountDownLatch(1);
    kibo.faults().failNext(1, new RequestMatcher() {
      private int creates;

      @Override
      public boolean matches(String method, String path) {
        if (method.equals("POST") && path.equals(IMPORT) && ++creates == 2) {
          secondCreation.countDown();
          return true;
        }
        return false;
      }
    }, Fault.delay(Duration.ofSeconds(60)));
    CompletableFuture<ImportResult> run = kiboAsync().imports().run(ImportRequest.builder().domain(Domain.CUSTOMER)
        .directory(customerCsvs()).maxCustomerRecordsPerJob(3).build());
    await(secondCreation);

    assertTrue(run.cancel(true));

    KiboImportCancelledException e = assertThrows(KiboImportCancelledException.class, run::join);
    assertEquals(2, e.cancelledJob());
    assertEquals("customer import (2 of 3)", e.jobInCreation().orElseThrow());
    DropLocation upload = e.uploadInCreation().orElseThrow();
    assertEquals("customer-import-2.zip", upload.fileName().orElseThrow());
    String uploadId = upload.id().orElseThrow();
    assertEquals("CustomerAccounts rows 2-4", ranges(e.uncertainRecords()));
    assertEquals("CustomerAccounts rows 5-5, CustomerContacts rows 1-1", ranges(e.unsentRecords()));
    assertTrue(e.getMessage().contains("(reading upload customer-import-2.zip, file id " + uploadId + ")"),
        e.getMessage());
  }

  @Test
  void cancellingASplitImportDuringItsSecondJobReportsWhatWasSent() throws Exception {
    CountDownLatch secondJobPolled = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    int[] polls = {0};
    CompletableFuture<ImportResult> run = kiboAsync().imports().run(ImportRequest.builder().domain(Domain.CUSTOMER)
        .directory(customerCsvs()).maxCustomerRecordsPerJob(3)
        .onProgress(job -> {
          if (job.name().orElse("").endsWith("(2 of 3)") && polls[0]++ == 0) {
            secondJobPolled.countDown();
            await(release);
          }
        })
        .build());
    await(secondJobPolled);

    assertTrue(run.cancel(true));
    release.countDown();

    KiboImportCancelledException e = assertThrows(KiboImportCancelledException.class, run::join);
    assertEquals(2, e.cancelledJob());
    assertEquals(3, e.jobCount());
    assertEquals("CustomerSegments rows 1-2, CustomerAccounts rows 1-1", ranges(e.completedJobs().get(0).records()));
    assertEquals("customer import (2 of 3)", e.runningJob().orElseThrow().name().orElseThrow());
    assertEquals("CustomerAccounts rows 2-4", ranges(e.sentRecords()));
    assertTrue(e.uncertainRecords().isEmpty());
    assertEquals("CustomerAccounts rows 5-5, CustomerContacts rows 1-1", ranges(e.unsentRecords()));
    Thread.sleep(200);
    assertEquals(2, kibo.requestCount("POST", "/api/platform/data/files"), "job 3 is never uploaded");
    assertEquals(2, kibo.importJobCount());
  }

  @Test
  void anAsynchronousExportDownloadsAndUnzipsItsZip() throws Exception {
    kibo.seed("LocationTypes", List.of(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse")));

    ExportResult exported = await(kiboAsync().exports().run(ExportRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.LOCATION_TYPES))
        .target(dir.resolve("export.zip")).unzipTo(dir.resolve("export")).build()));

    assertTrue(exported.job().isSucceeded());
    try (KiboCsvReader reader = exported.open(KiboResource.LOCATION_TYPES)) {
      assertEquals("Warehouse", reader.readAll().get(0).get("LocationTypeName"));
    }
    RecordedRequest publicGet = kibo.requests(r -> r.path().startsWith("/public-files/")).get(0);
    assertTrue(publicGet.header("Authorization").isEmpty(), "the public link gets no Kibo credential");
    assertEquals(List.of(), detector.nested);
  }

  @Test
  void aTokenExpiringDuringAnAsynchronousPollIsRenewedOnceWithoutBlocking() throws Exception {
    kibo.pollsUntilDone(6).onJobGet(n -> {
      if (n == 3) {
        kibo.expireTokens();
      }
    });
    kibo.seed("LocationTypes", List.of(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse")));

    ExportResult exported = await(kiboAsync().exports().run(ExportRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.LOCATION_TYPES)).target(dir.resolve("e.zip")).build()));

    assertTrue(exported.job().isSucceeded());
    assertEquals(2, kibo.tokensIssued(), "one token at start, one after the 401");
    assertEquals(7, kibo.requestCount("GET", "/api/platform/data/export/{id}"), "six polls and one replay");
    assertEquals(List.of(), detector.nested);
  }

  @Test
  void anAsynchronousBatchRunStartsPollsAndListsItsFailedItems() throws Exception {
    kiboAsync();
    client.batchJobs().create(CreateBatchJobRequest.builder().code("B1").name("Prices").build());
    kibo.batchJobs().addItem("B1", "Products", "P1");
    kibo.batchJobs().addFailedItem("B1", "Products", "P2", "PRICE_INVALID", "Price is invalid");
    kibo.batchJobs().addInvalidItem("B1", "Pricelistentries", "E1", "price", "Price is required");

    BatchJobResult result = await(kiboAsync().batchJobs().run("B1"));

    assertEquals(BatchJobStatus.COMPLETED, result.summary().status().orElseThrow());
    assertEquals(List.of("P2", "E1"), result.failedItems().stream().map(i -> i.itemKey().orElseThrow())
        .collect(Collectors.toList()));
    assertEquals(List.of("POST /actions/B1", "GET /actions/B1/summary", "GET /actions/B1/summary",
        "POST /actions/B1/items?pageSize=200&startIndex=0&processingStatus=Failed",
        "POST /actions/B1/items?pageSize=200&startIndex=0&processingStatus=ValidationFailed"), batchRequests());
  }

  @Test
  void anAsynchronousBatchRunCollectsAtMostMaxFailedItemsAndReadsNoFurtherPage() throws Exception {
    kiboAsync();
    client.batchJobs().create(CreateBatchJobRequest.builder().code("B2").name("Prices").build());
    kibo.batchJobs().addFailedItem("B2", "Products", "P1", "E", "bad 1");
    kibo.batchJobs().addFailedItem("B2", "Products", "P2", "E", "bad 2");
    kibo.batchJobs().addInvalidItem("B2", "Pricelistentries", "E1", "price", "Price is required");

    BatchJobResult capped = await(kiboAsync().batchJobs().run(BatchJobRunRequest.builder().code("B2")
        .maxFailedItems(1).build()));

    assertEquals(List.of("P1"), capped.failedItems().stream().map(i -> i.itemKey().orElseThrow())
        .collect(Collectors.toList()));
    assertTrue(capped.moreFailedItems());
    assertFalse(batchRequests().stream().anyMatch(r -> r.contains("ValidationFailed")));
  }

  private List<String> batchRequests() {
    String batch = "/api/platform/data/batchJob";
    return kibo.requests(r -> r.path().startsWith(batch + "/actions")).stream()
        .map(r -> r.method() + " " + r.path().substring(batch.length()) + (r.rawQuery() == null ? "" : "?" + r.rawQuery()))
        .collect(Collectors.toList());
  }

  @Test
  void anAsynchronousBatchRunThatEndsCanceledFailsWithItsFailedItems() throws Exception {
    kiboAsync();
    client.batchJobs().create(CreateBatchJobRequest.builder().code("B1").name("Prices").build());
    kibo.batchJobs().addFailedItem("B1", "Products", "P1", "PRICE_INVALID", "Price is invalid");
    kibo.batchJobs().addItem("B1", "Products", "P2");
    kibo.batchJobs().endAs("B1", "Canceled");

    KiboBatchJobFailedException e = (KiboBatchJobFailedException) failure(kiboAsync().batchJobs().run("B1"));

    assertEquals(BatchJobStatus.CANCELED, e.status().orElseThrow());
    assertEquals(List.of("P1"), e.failedItems().stream().map(i -> i.itemKey().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void cancellingABatchRunStopsItsPolling() throws Exception {
    kiboAsync();
    client.batchJobs().create(CreateBatchJobRequest.builder().code("B1").name("Prices").build());
    kibo.batchJobs().pollsUntilDone(50);
    CountDownLatch polled = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<BatchJobResult> run = kiboAsync().batchJobs().run(BatchJobRunRequest.builder().code("B1")
        .onProgress(s -> {
          polled.countDown();
          await(release);
        }).build());
    await(polled);

    assertTrue(run.cancel(true));
    release.countDown();

    assertThrows(CancellationException.class, run::join);
    Thread.sleep(200);
    assertEquals(1, kibo.requestCount("GET", "/api/platform/data/batchJob/actions/{code}/summary"));
    assertEquals("Running", kibo.batchJobs().status("B1").orElseThrow(), "the job goes on in Kibo");
    assertFalse(batchRequests().stream().anyMatch(r -> r.contains("/items")));
  }
}

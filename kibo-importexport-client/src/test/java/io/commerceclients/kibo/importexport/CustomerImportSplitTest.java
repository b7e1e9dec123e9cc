package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.imports.ImmutableImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportJobReport;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.ContextOverride;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import io.commerceclients.kibo.importexport.model.JobResource;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-call customer import cut into jobs of at most {@code maxCustomerRecordsPerJob} records,
 * run one after the other against FakeKibo; and the checks that refuse an import before anything
 * is uploaded.
 */
class CustomerImportSplitTest {
  private static final String FILES = "/api/platform/data/files";
  private static final String IMPORT = "/api/platform/data/import";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private Path csvDir;
  private KiboImportExportClient client;

  @BeforeEach
  void writeCustomerCsvs() throws IOException {
    client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId()).clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .sleeper(d -> { }).polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
        .build();
    csvDir = Files.createDirectory(dir.resolve("customers"));
    Files.writeString(csvDir.resolve("CustomerContacts.csv"), "AccountId,FirstName\r\n1,Ann\r\n");
    Files.writeString(csvDir.resolve("CustomerAccounts.csv"), "Email,FirstName\r\n"
        + "a1@x.io,\"Smith, \"\"Jr\"\"\"\r\na2@x.io,Bo\r\n\r\na3@x.io,\"two\nlines\"\r\na4@x.io,Di\r\na5@x.io,Ed\r\n");
    Files.writeString(csvDir.resolve("CustomerSegments.csv"), "Code,Name\r\nVIP,Very\r\nNEW,New\r\n");
  }

  @AfterEach
  void close() {
    client.close();
  }

  private ImmutableImportRequest.Builder request(int limit) {
    return ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir).maxCustomerRecordsPerJob(limit);
  }

  private static String ranges(List<RecordRange> records) {
    return records.stream().map(RecordRange::describe).collect(Collectors.joining(", "));
  }

  private Map<String, String> zipEntries(String fileId) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(kibo.storedFile(fileId).orElseThrow()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  @Test
  void splitsALargeCustomerImportIntoJobsRunOneAfterTheOtherInProcessingOrder() throws Exception {
    ImportResult result = client.imports().run(request(3).logTarget(dir.resolve("log.csv")).build());

    List<ImportJobReport> jobs = result.jobs();
    assertEquals(3, jobs.size());
    assertEquals("CustomerSegments rows 1-2, CustomerAccounts rows 1-1", ranges(jobs.get(0).records()));
    assertEquals("CustomerAccounts rows 2-4", ranges(jobs.get(1).records()));
    assertEquals("CustomerAccounts rows 5-5, CustomerContacts rows 1-1", ranges(jobs.get(2).records()));
    assertEquals(8, result.recordCount());
    assertEquals(List.of("CustomerAccounts", "CustomerContacts"), jobs.get(2).job().resources().stream()
        .map(r -> r.resource().orElseThrow().value()).collect(Collectors.toList()));
    assertTrue(jobs.stream().allMatch(j -> j.job().isSucceeded()));
    assertEquals(Optional.of("customer import (2 of 3)"), jobs.get(1).job().name());
    assertEquals(3, kibo.importJobCount());

    assertEquals(Map.of("CustomerAccounts.csv", "Email,FirstName\r\na2@x.io,Bo\r\na3@x.io,\"two\nlines\"\r\na4@x.io,Di\r\n"),
        zipEntries(jobs.get(1).upload().id().orElseThrow()));
    assertEquals(List.of("a1@x.io", "a2@x.io", "a3@x.io", "a4@x.io", "a5@x.io"),
        kibo.rows("CustomerAccounts").stream().map(r -> r.get("Email")).collect(Collectors.toList()));
    assertEquals("Smith, \"Jr\"", kibo.rows("CustomerAccounts").get(0).get("FirstName"));
    assertEquals(2, kibo.rows("CustomerSegments").size());
    assertEquals(1, kibo.rows("CustomerContacts").size());

    List<RecordedRequest> sent = kibo.requests();
    for (int k = 1; k < jobs.size(); k++) {
      String previous = jobs.get(k - 1).job().id().orElseThrow();
      int lastPollOfPrevious = lastIndex(sent, r -> r.method().equals("GET") && r.path().equals(IMPORT + "/" + previous));
      int nextUpload = firstIndexAfter(sent, lastPollOfPrevious, r -> r.method().equals("POST") && r.path().equals(FILES));
      assertTrue(nextUpload > lastPollOfPrevious, "job " + (k + 1) + " is uploaded after job " + k + " finished");
    }
    assertEquals(List.of("log-1.csv", "log-2.csv", "log-3.csv"),
        jobs.stream().map(j -> j.log().orElseThrow().getFileName().toString()).collect(Collectors.toList()));
    assertEquals(8, result.readLog().size());
  }

  private static int lastIndex(List<RecordedRequest> sent, java.util.function.Predicate<RecordedRequest> test) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (test.test(sent.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int firstIndexAfter(List<RecordedRequest> sent, int from,
      java.util.function.Predicate<RecordedRequest> test) {
    for (int i = from + 1; i < sent.size(); i++) {
      if (test.test(sent.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aFailureStopsTheRestAndSaysWhichRowsWereNotSent() {
    RequestMatcher secondCreate = new RequestMatcher() {
      private int creates;

      @Override
      public boolean matches(String method, String path) {
        return method.equals("POST") && path.equals(IMPORT) && ++creates == 2;
      }
    };
    kibo.faults().failNext(1, secondCreate, Fault.status(500,
        "{\"message\":\"Import service unavailable\",\"errorCode\":\"SERVER_ERROR\"}"));

    KiboImportStoppedException e = assertThrows(KiboImportStoppedException.class, () -> client.imports().run(request(3).build()));

    assertEquals(2, e.stoppedJob());
    assertEquals(3, e.jobCount());
    assertInstanceOf(ServerException.class, e.getCause());
    assertEquals(io.commerceclients.kibo.importexport.imports.JobCreationState.NOT_SENT, e.stoppedJobState());
    assertEquals(1, e.completedJobs().size());
    assertEquals("CustomerSegments rows 1-2, CustomerAccounts rows 1-1", ranges(e.completedJobs().get(0).records()));
    assertEquals(Optional.empty(), e.failedJob());
    assertTrue(e.failedRecords().isEmpty());
    assertEquals("CustomerAccounts rows 2-4, CustomerAccounts rows 5-5, CustomerContacts rows 1-1", ranges(e.unsentRecords()));
    assertTrue(e.getMessage().startsWith("import stopped at job 2 of 3: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("Imported: CustomerSegments rows 1-2, CustomerAccounts rows 1-1."
        + " Not sent: CustomerAccounts rows 2-4, CustomerAccounts rows 5-5, CustomerContacts rows 1-1"), e.getMessage());
    assertEquals(1, kibo.importJobCount());
    assertEquals(2, kibo.requestCount("POST", FILES), "job 3 was never uploaded");
    assertEquals(List.of("a1@x.io"), kibo.rows("CustomerAccounts").stream().map(r -> r.get("Email")).collect(Collectors.toList()));
  }

  @Test
  void anImportWithinTheLimitRunsOneJobAndReportsItsRows() {
    ImportResult result = client.imports().run(request(ImportRequest.DEFAULT_MAX_CUSTOMER_RECORDS_PER_JOB).build());

    assertEquals(1, result.jobs().size());
    assertEquals("CustomerSegments rows 1-2, CustomerAccounts rows 1-5, CustomerContacts rows 1-1",
        ranges(result.jobs().get(0).records()));
    assertEquals(Optional.of("customer import"), result.job().name());
    assertEquals(1, kibo.importJobCount());
    assertEquals(Optional.of("customer-import.zip"), result.upload().fileName());
  }

  @Test
  void aGivenZipIsSplitToo() throws Exception {
    Path zip = KiboZip.zipDirectory(csvDir, dir.resolve("customers.zip"));

    ImportResult result = client.imports().run(ImportRequest.builder().domain(Domain.CUSTOMER).zipFile(zip)
        .maxCustomerRecordsPerJob(4).build());

    assertEquals(List.of("CustomerSegments rows 1-2, CustomerAccounts rows 1-2", "CustomerAccounts rows 3-5, CustomerContacts rows 1-1"),
        result.jobs().stream().map(j -> ranges(j.records())).collect(Collectors.toList()));
    assertEquals(Optional.of("customer-import-2.zip"), result.jobs().get(1).upload().fileName());
    assertEquals(5, kibo.rows("CustomerAccounts").size());
  }

  @Test
  void aFullImportThatNeedsSeveralJobsIsRefusedBeforeAnythingIsSent() {
    int before = kibo.requests().size();
    ValidationException e = assertThrows(ValidationException.class, () -> client.imports().run(request(3)
        .addResource(ImportResourceRequest.builder().resource(KiboResource.CUSTOMER_ACCOUNTS).deleteOmitted(true).build())
        .build()));
    assertEquals("deleteOmitted", e.field());
    assertTrue(e.getMessage().contains("needs 2 jobs"), e.getMessage());
    assertEquals(before, kibo.requests().size());

    e = assertThrows(ValidationException.class, () -> client.imports().run(request(0).build()));
    assertEquals("maxCustomerRecordsPerJob", e.field());
  }

  @Test
  void aMalformedCustomerCsvIsRefusedBeforeAnythingIsSent() throws Exception {
    Files.writeString(csvDir.resolve("CustomerContacts.csv"), "AccountId\r\n1,too,many\r\n");
    int before = kibo.requests().size();

    ValidationException e = assertThrows(ValidationException.class, () -> client.imports().run(request(3).build()));

    assertEquals("CustomerContacts.csv", e.field());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertEquals(before, kibo.requests().size());
  }

  @Test
  void productImagesWithoutAContextOverrideAreRefusedBeforeAnythingIsUploaded() throws Exception {
    Path images = Files.createDirectory(dir.resolve("images"));
    Files.writeString(images.resolve("productimages.csv"), "MasterCatalogName,ProductCode,Name\r\nMain,P1,front.jpg\r\n");
    int before = kibo.requests().size();

    for (ImportRequest request : List.of(
        ImportRequest.builder().domain(Domain.CATALOG).directory(images).build(),
        ImportRequest.builder().domain(Domain.CATALOG).directory(images).contextOverride(ContextOverride.builder().build()).build())) {
      ValidationException e = assertThrows(ValidationException.class, () -> client.imports().run(request));
      assertEquals("contextOverride", e.field());
      assertTrue(e.getMessage().contains("ProductImages"), e.getMessage());
    }
    ValidationException e = assertThrows(ValidationException.class, () -> client.imports().create(
        CreateImportJobRequest.builder().domain(Domain.CATALOG).addFile(DropLocation.ofId("f1"))
            .addResource(ImportResourceRequest.of(KiboResource.PRODUCT_IMAGES)).build()));
    assertEquals("contextOverride", e.field());
    assertEquals(before, kibo.requests().size());

    ImportResult result = client.imports().run(ImportRequest.builder().domain(Domain.CATALOG).directory(images)
        .contextOverride(ContextOverride.builder().masterCatalog(1).build()).build());
    assertTrue(result.job().isSucceeded());
    assertEquals(List.of("ProductImages"), result.job().resources().stream()
        .map(JobResource::resource).map(r -> r.orElseThrow().value()).collect(Collectors.toList()));
    assertFalse(result.jobs().get(0).records().iterator().hasNext(), "catalog rows are not counted");
  }
}

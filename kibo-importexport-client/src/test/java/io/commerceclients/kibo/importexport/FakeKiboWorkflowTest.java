package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.PermissionDeniedException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FakeKiboWorkflowTest {

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private final List<java.time.Duration> sleeps = new ArrayList<>();
  private KiboImportExportClient client;

  private KiboImportExportClient client() {
    if (client == null) {
      client = KiboImportExportClient.builder()
          .authHost(kibo.baseUrl())
          .tenantId(kibo.tenantId())
          .clientId(kibo.clientId())
          .sharedSecret(kibo.sharedSecret())
          .sleeper(sleeps::add)
          .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
          .build();
    }
    return client;
  }

  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  private static Map<String, Object> product(String code, String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("MasterCatalogName", "Main");
    row.put("ProductCode", code);
    row.put("ProductType", "Base");
    row.put("ProductUsage", "Standard");
    row.put("ProductName", name);
    row.put("Price", new java.math.BigDecimal("19.90"));
    row.put("VariationPricingMethod", "Fixed");
    row.put("PackageWeight", 1);
    row.put("PackageLength", 2);
    row.put("PackageWidth", 3);
    row.put("PackageHeight", 4);
    return row;
  }

  @Test
  void importsADirectoryOfGeneratedCsvsThenExportsThemBack() throws Exception {
    Path csvDir = Files.createDirectory(dir.resolve("catalog"));
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS).columns("UPC")
        .open(csvDir.resolve(KiboResource.PRODUCTS.fileName()))) {
      Map<String, Object> first = product("00042", "Shirt, \"red\"");
      first.put("UPC", "000123");
      csv.writeRow(first);
      csv.writeRow(product("00043", "Hat"));
    }
    List<String> progress = new ArrayList<>();
    long[] uploaded = {0, 0};

    ImportResult imported = client().imports().run(ImportRequest.builder()
        .domain(Domain.CATALOG)
        .directory(csvDir)
        .onUploadProgress((sent, total) -> {
          uploaded[0] = sent;
          uploaded[1] = total;
        })
        .onProgress(job -> progress.add(job.status().orElse("?")))
        .build());

    assertTrue(imported.job().isSucceeded());
    assertEquals(List.of("processing", "complete"), progress);
    assertEquals(uploaded[1], uploaded[0]);
    assertEquals(kibo.storedFileSize(imported.upload().id().orElseThrow()).orElseThrow(), uploaded[0]);
    assertEquals(2, imported.readLog().size());
    assertEquals("imported", imported.readLog().get(0).get("Status"));
    assertEquals("Shirt, \"red\"", kibo.rows("Products").get(0).get("ProductName"));
    assertEquals("000123", kibo.rows("Products").get(0).get("UPC"));

    RecordedRequest upload = kibo.requests(r -> r.path().equals("/api/platform/data/files")).get(0);
    assertEquals("fileType=import&fileName=catalog-import.zip", upload.rawQuery());
    assertEquals("application/octet-stream", upload.header("Content-Type").orElseThrow());
    assertTrue(upload.header("Authorization").orElseThrow().startsWith("Bearer "));
    assertEquals(Long.toString(kibo.tenantId()), upload.header("x-vol-tenant").orElseThrow());

    long[] downloaded = {0};
    ExportResult exported = client().exports().run(ExportRequest.builder()
        .domain(Domain.CATALOG)
        .onDownloadProgress((got, total) -> downloaded[0] = got)
        .addResource(ExportResourceRequest.builder().resource(KiboResource.PRODUCTS).addField("UPC").build())
        .target(dir.resolve("export.zip"))
        .unzipTo(dir.resolve("export"))
        .build());

    assertTrue(Files.size(exported.zipFile()) > 0);
    assertEquals(Files.size(exported.zipFile()), downloaded[0]);
    try (KiboCsvReader reader = exported.open(KiboResource.PRODUCTS)) {
      List<Map<String, String>> rows = reader.readAll();
      assertEquals(2, rows.size());
      assertEquals("00042", rows.get(0).get("ProductCode"));
      assertEquals("Shirt, \"red\"", rows.get(0).get("ProductName"));
      assertEquals("000123", rows.get(0).get("UPC"));
    }
    RecordedRequest publicGet = kibo.requests(r -> r.path().startsWith("/public-files/")).get(0);
    assertTrue(publicGet.header("Authorization").isEmpty(), "the public link gets no Kibo credential");
    assertTrue(publicGet.header("x-vol-tenant").isEmpty());
  }

  @Test
  void aCompletedJobWhoseLogCannotBeDownloadedStillCountsAsImported() throws Exception {
    Path csvDir = Files.createDirectory(dir.resolve("catalog"));
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS)
        .open(csvDir.resolve(KiboResource.PRODUCTS.fileName()))) {
      csv.writeRow(product("00042", "Shirt"));
    }
    kibo.faults().failNext(2, RequestMatcher.of("GET", "/api/platform/data/files/{id}/content"), Fault.status(404));
    ImportRequest request = ImportRequest.builder().domain(Domain.CATALOG).directory(csvDir).build();

    ImportResult blocking = client().imports().run(request);
    ImportResult async = client().async().imports().run(request).get(30, java.util.concurrent.TimeUnit.SECONDS);

    for (ImportResult result : List.of(blocking, async)) {
      assertTrue(result.job().isSucceeded());
      assertEquals(Optional.empty(), result.jobs().get(0).log());
      assertTrue(result.job().logFile().flatMap(DropLocation::id).isPresent(), "the job still names its log");
    }
    assertEquals(2, kibo.importJobCount());
  }

  @Test
  void customerImportIsSentInKibosProcessingOrderWhateverTheCallerGave() throws Exception {
    Path csvDir = Files.createDirectory(dir.resolve("customers"));
    Files.writeString(csvDir.resolve("CustomerAttributes.csv"), "AttributeFQN,Value,ExternalId\r\ntenant~tier,gold,C-1\r\n");
    Files.writeString(csvDir.resolve("CustomerContacts.csv"), "AccountId,Email\r\n1,a@example.com\r\n");
    Files.writeString(csvDir.resolve("CustomerAccounts.csv"), "Email,ExternalId\r\na@example.com,C-1\r\n");
    Files.writeString(csvDir.resolve("CustomerSegments.csv"), "Code,Name\r\nVIP,Very important\r\n");

    ImportResult result = client().imports().run(ImportRequest.builder()
        .domain(Domain.CUSTOMER)
        .directory(csvDir)
        .addResources(
            io.commerceclients.kibo.importexport.model.ImportResourceRequest.of(KiboResource.CUSTOMER_ATTRIBUTES),
            io.commerceclients.kibo.importexport.model.ImportResourceRequest.of(KiboResource.CUSTOMER_CONTACTS),
            io.commerceclients.kibo.importexport.model.ImportResourceRequest.of(KiboResource.CUSTOMER_SEGMENTS),
            io.commerceclients.kibo.importexport.model.ImportResourceRequest.of(KiboResource.CUSTOMER_ACCOUNTS))
        .deleteOmitted(false)
        .build());

    assertTrue(result.job().isSucceeded());
    RecordedRequest create = kibo.requests(r -> r.method().equals("POST") && r.path().equals("/api/platform/data/import")).get(0);
    com.fasterxml.jackson.databind.JsonNode body = io.commerceclients.core.json.Json.mapper().readTree(create.bodyText());
    List<String> order = new ArrayList<>();
    body.path("resources").forEach(r -> order.add(r.path("resource").asText()));
    assertEquals(List.of("CustomerSegments", "CustomerAccounts", "CustomerContacts", "CustomerAttributes"), order);
    body.path("resources").forEach(r -> assertFalse(r.path("deleteOmitted").asBoolean(true)));
    assertEquals("customer", body.path("domain").asText());
    assertEquals("gold", kibo.rows("CustomerAttributes").get(0).get("Value"));
  }

  @Test
  void failedImportIsSurfacedWithItsLog() throws Exception {
    Path zip = dir.resolve("bad.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("locationtypes.csv"));
      z.write("LocationTypeCode\r\nWH\r\n".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }

    KiboJobFailedException failure = assertThrows(KiboJobFailedException.class, () ->
        client().imports().run(ImportRequest.builder()
            .domain(Domain.CATALOG)
            .zipFile(zip)
            .logTarget(dir.resolve("import-log.csv"))
            .build()));

    assertEquals("errored", failure.status().orElseThrow());
    assertEquals("locationtypes.csv lacks the required column 'LocationTypeName'",
        failure.resourceDetails().get("LocationTypes"));
    assertTrue(failure.getMessage().contains("LocationTypes errored: locationtypes.csv lacks the required column"),
        failure.getMessage());
    assertTrue(failure.logFileId().isPresent());
    Path log = failure.log().orElseThrow();
    assertEquals(dir.resolve("import-log.csv"), log);
    assertTrue(Files.readString(log).contains("lacks the required column 'LocationTypeName'"));
  }

  @Test
  void notAZipUploadFailsWithKibosMessage() throws Exception {
    ImportJob created;
    try (var in = new java.io.ByteArrayInputStream("plain".getBytes(StandardCharsets.UTF_8))) {
      var upload = client().files().upload(in, "data.zip");
      created = client().imports().create(io.commerceclients.kibo.importexport.model.CreateImportJobRequest.builder()
          .domain(Domain.CATALOG)
          .addResource(io.commerceclients.kibo.importexport.model.ImportResourceRequest.of(KiboResource.PRODUCTS))
          .addFile(io.commerceclients.kibo.importexport.model.DropLocation.ofId(upload.id().orElseThrow()))
          .build());
    }
    KiboJobFailedException failure = assertThrows(KiboJobFailedException.class,
        () -> client().imports().waitForCompletion(created.id().orElseThrow()));
    assertTrue(failure.statusMessage().orElseThrow().contains("End of Central Directory"));
    assertTrue(failure.logFileId().isPresent());
    assertFalse(failure.job().isSucceeded());
  }

  @Test
  void tokenExpiringInTheMiddleOfALongPollIsRenewedOnce() throws Exception {
    kibo.pollsUntilDone(6).onJobGet(n -> {
      if (n == 3) {
        kibo.expireTokens();
      }
    });
    kibo.seed("LocationTypes", List.of(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse")));
    ExportJob job = client().exports().create(io.commerceclients.kibo.importexport.model.CreateExportJobRequest.builder()
        .domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.LOCATION_TYPES))
        .build());

    ExportJob done = client().exports().waitForCompletion(job.id().orElseThrow());

    assertTrue(done.isSucceeded());
    assertEquals(2, kibo.tokensIssued(), "one token at start, one after the 401");
    List<RecordedRequest> gets = kibo.requests(r -> r.method().equals("GET") && r.path().endsWith(job.id().orElseThrow()));
    assertEquals(7, gets.size(), "six polls plus the one replay of the refused poll");
    assertEquals(2, kibo.requestCount("POST", "/api/platform/applications/authtickets/oauth"));
  }

  @Test
  void waitsBrieflyForAnExportFileThatAppearsAfterCompletion() throws Exception {
    kibo.filesAppearAfter(2);
    ExportJob job = client().exports().create(io.commerceclients.kibo.importexport.model.CreateExportJobRequest.builder()
        .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build());

    ExportJob done = client().exports().waitForCompletion(job.id().orElseThrow());

    assertTrue(done.exportFile().isPresent());
    assertEquals(4, kibo.requestCount("GET", "/api/platform/data/export/{id}"));
  }

  @Test
  void badSecretIsRefused() {
    try (KiboImportExportClient bad = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret("wrong-secret").build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> bad.imports().get("x"));
      assertFalse(e.getMessage().contains("wrong-secret"), e.getMessage());
      assertEquals("UNAUTHORIZED", e.errorCode().orElseThrow());
    }
  }

  @Test
  void publicLinksRefuseCredentialsAndExpire() throws Exception {
    Path file = Files.writeString(dir.resolve("a.zip"), "content");
    String id = client().files().upload(file).id().orElseThrow();
    URI link = client().files().publicLink(id, 1);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(7, client().files().downloadPublicLink(link, out));
    assertEquals("content", out.toString(StandardCharsets.UTF_8));

    okhttp3.Response withAuth = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
        .url(link.toString()).header("Authorization", "Bearer x").build()).execute();
    assertEquals(400, withAuth.code());
    withAuth.close();

    kibo.advanceTime(Duration.ofHours(2));
    assertThrows(PermissionDeniedException.class, () -> client().files().downloadPublicLink(link, new ByteArrayOutputStream()));
  }

  @Test
  void listsJobsPageByPageAndLazily() {
    for (int i = 0; i < 5; i++) {
      client().exports().create(io.commerceclients.kibo.importexport.model.CreateExportJobRequest.builder()
          .name("export " + i).domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build());
    }
    List<ExportJob> page = client().exports().list(ListJobsRequest.builder().startIndex(1).pageSize(2).build());
    assertEquals(List.of("export 1", "export 2"), page.stream().map(j -> j.name().orElseThrow()).toList());

    int before = kibo.requestCount("GET", "/api/platform/data/export");
    var all = client().exports().listAll(ListJobsRequest.builder().pageSize(2).build());
    assertEquals(before, kibo.requestCount("GET", "/api/platform/data/export"), "nothing fetched before iteration");
    assertEquals(5, all.stream().count());
    assertEquals(before + 3, kibo.requestCount("GET", "/api/platform/data/export"));

    client().exports().delete(page.get(0).id().orElseThrow());
    assertEquals(4, kibo.exportJobCount());
  }

  @Test
  void badInputFailsBeforeTheNetwork() {
    int before = kibo.requests().size();
    assertThrows(ValidationException.class, () -> client().imports().get(" "));
    assertThrows(ValidationException.class, () -> client().exports().list(ListJobsRequest.builder().pageSize(0).build()));
    assertThrows(ValidationException.class, () -> client().files().publicLink("id", 0));
    ValidationException e = assertThrows(ValidationException.class, () -> client().imports().run(
        ImportRequest.builder().domain(Domain.CATALOG).build()));
    assertEquals("source", e.field());
    assertEquals(before, kibo.requests().size());
  }

  @Test
  void transientFaultsWhilePollingAreRetriedButAJobIsNeverCreatedTwice() {
    ExportJob job = client().exports().create(io.commerceclients.kibo.importexport.model.CreateExportJobRequest.builder()
        .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build());
    kibo.faults().failNext(1, RequestMatcher.of("GET", "/api/platform/data/export/{id}"), Fault.status(503));
    kibo.faults().failNext(1, RequestMatcher.of("GET", "/api/platform/data/export/{id}"), Fault.rateLimited(1));

    assertTrue(client().exports().waitForCompletion(job.id().orElseThrow()).isSucceeded());
    assertEquals(4, kibo.requestCount("GET", "/api/platform/data/export/{id}"));

    kibo.faults().failNext(1, RequestMatcher.of("POST", "/api/platform/data/export"), Fault.status(503));
    assertThrows(ServerException.class, () -> client().exports().create(
        io.commerceclients.kibo.importexport.model.CreateExportJobRequest.builder()
            .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build()));
    assertEquals(1, kibo.exportJobCount());
    assertEquals(2, kibo.requestCount("POST", "/api/platform/data/export"));
  }

  @Test
  void pollsAtTheConfiguredInterval() {
    kibo.pollsUntilDone(3);
    ExportJob job = client().exports().create(io.commerceclients.kibo.importexport.model.CreateExportJobRequest.builder()
        .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build());
    client().exports().waitForCompletion(job.id().orElseThrow());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeps);
  }
}

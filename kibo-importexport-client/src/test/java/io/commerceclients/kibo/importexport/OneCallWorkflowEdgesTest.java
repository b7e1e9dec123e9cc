package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.polling.PollCancelledException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.csv.CsvFormatException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.imports.ImmutableImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.imports.JobCreationState;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-call import and export against FakeKibo, blocking and asynchronous: a ZIP that holds a
 * resource's CSV twice and a CSV that repeats a column are refused before anything is sent; a
 * cancelled token uploads and creates nothing; a temporary ZIP that cannot be deleted does not
 * stop the import; an insecure link answered by Kibo is a ProtocolException; an Error from a
 * listener ends both twins alike.
 */
class OneCallWorkflowEdgesTest {
  private static final String FILES = "/api/platform/data/files";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private KiboImportExportClient client;

  @BeforeEach
  void client() {
    client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId()).clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .sleeper(d -> { }).polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
        .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private Path zip(String... namesAndContents) throws IOException {
    Path zip = dir.resolve("customers.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        out.putNextEntry(new ZipEntry(namesAndContents[i]));
        out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  private Path customerDir(String accounts) throws IOException {
    Path csvDir = Files.createDirectories(dir.resolve("customers"));
    Files.writeString(csvDir.resolve("CustomerAccounts.csv"), accounts);
    return csvDir;
  }

  private static Throwable asyncFailure(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
    return e.getCause();
  }

  private Throwable[] bothTwins(ImportRequest request) {
    Throwable blocking = assertThrows(Throwable.class, () -> client.imports().run(request));
    Throwable async = asyncFailure(client.async().imports().run(request));
    return new Throwable[] {blocking, async};
  }

  // Finding 1: a resource's CSV twice in a given ZIP

  @Test
  void aZipHoldingAResourceTwiceIgnoringCaseIsRefusedBeforeAnythingIsSent() throws IOException {
    Path zip = zip("CustomerAccounts.csv", "Email\r\na1@x.io\r\na2@x.io\r\n",
        "customeraccounts.csv", "Email\r\nb1@x.io\r\nb2@x.io\r\n");
    ImportRequest request = ImportRequest.builder().domain(Domain.CUSTOMER).zipFile(zip)
        .maxCustomerRecordsPerJob(1).build();

    for (Throwable failure : bothTwins(request)) {
      ValidationException e = assertInstanceOf(ValidationException.class, failure);
      assertEquals("zipFile", e.field(), e.getMessage());
      assertTrue(e.getMessage().contains(zip.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("'CustomerAccounts.csv'") && e.getMessage().contains("'customeraccounts.csv'"),
          e.getMessage());
    }
    assertEquals(List.of(), kibo.requests(), "nothing is sent");
    assertEquals(0, kibo.importJobCount());
  }

  @Test
  void aZipHoldingAResourceInTwoFoldersOrInASubFolderIsRefused() throws IOException {
    Path twice = zip("a/CustomerAccounts.csv", "Email\r\na1@x.io\r\n", "b/CustomerAccounts.csv", "Email\r\nb1@x.io\r\n");
    ValidationException e = assertThrows(ValidationException.class, () -> client.imports().run(ImportRequest.builder()
        .domain(Domain.CUSTOMER).zipFile(twice).build()));
    assertTrue(e.getMessage().contains("'a/CustomerAccounts.csv'") && e.getMessage().contains("'b/CustomerAccounts.csv'"),
        e.getMessage());

    Path nested = zip("data/CustomerAccounts.csv", "Email\r\na1@x.io\r\n");
    e = assertThrows(ValidationException.class, () -> client.imports().run(ImportRequest.builder()
        .domain(Domain.CUSTOMER).zipFile(nested).build()));
    assertEquals("zipFile", e.field());
    assertTrue(e.getMessage().contains("sub-folder (entry 'data/CustomerAccounts.csv')"), e.getMessage());
    assertEquals(List.of(), kibo.requests(), "nothing is sent");
  }

  // Finding 2: a repeated column name

  @Test
  void theReaderRefusesAHeaderThatRepeatsAColumn() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> KiboCsvReader.open(
        new ByteArrayInputStream("Email,FirstName,Note,Note\r\na@x.io,A,first,second\r\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("'Note'"), e.getMessage());
  }

  @Test
  void aSplitImportOfACsvThatRepeatsAColumnIsRefusedNamingTheFileBeforeAnythingIsSent() throws IOException {
    Path csvDir = customerDir("Email,FirstName,Note,Note\r\na1@x.io,A,first,second\r\na2@x.io,B,third,fourth\r\n");
    ImportRequest request = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir)
        .maxCustomerRecordsPerJob(1).build();

    for (Throwable failure : bothTwins(request)) {
      ValidationException e = assertInstanceOf(ValidationException.class, failure);
      assertTrue(e.getMessage().contains("CustomerAccounts.csv") && e.getMessage().contains("'Note'")
          && e.getMessage().contains("line 1"), e.getMessage());
    }
    assertEquals(List.of(), kibo.requests(), "nothing is sent");
  }

  // Finding 5: a cancelled token

  @Test
  void aCancelledTokenUploadsAndCreatesNothing() throws IOException {
    Path csvDir = customerDir("Email\r\na1@x.io\r\na2@x.io\r\n");
    PollCancellation token = new PollCancellation();
    token.cancel();

    ImportRequest single = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir).cancellation(token).build();
    for (Throwable failure : bothTwins(single)) {
      assertInstanceOf(PollCancelledException.class, failure);
    }

    ImportRequest split = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir).cancellation(token)
        .maxCustomerRecordsPerJob(1).build();
    for (Throwable failure : bothTwins(split)) {
      KiboImportStoppedException e = assertInstanceOf(KiboImportStoppedException.class, failure);
      assertInstanceOf(PollCancelledException.class, e.getCause());
      assertEquals(JobCreationState.NOT_SENT, e.stoppedJobState());
      assertEquals("CustomerAccounts rows 1-2", unsent(e));
    }

    ExportRequest export = ExportRequest.builder().domain(Domain.CATALOG).cancellation(token)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).target(dir.resolve("export.zip")).build();
    assertThrows(PollCancelledException.class, () -> client.exports().run(export));
    assertInstanceOf(PollCancelledException.class, asyncFailure(client.async().exports().run(export)));

    assertEquals(List.of(), kibo.requests(r -> r.path().startsWith(FILES)), "nothing is uploaded");
    assertEquals(0, kibo.importJobCount());
    assertEquals(0, kibo.exportJobCount());
  }

  @Test
  void aCancellationDuringAnUploadCreatesNoJob() throws IOException {
    Path csvDir = customerDir("Email\r\na1@x.io\r\na2@x.io\r\n");
    for (boolean async : new boolean[] {false, true}) {
      PollCancellation token = new PollCancellation();
      ImportRequest request = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir).cancellation(token)
          .maxCustomerRecordsPerJob(1).onUploadProgress((sent, total) -> token.cancel()).build();
      Throwable failure = async ? asyncFailure(client.async().imports().run(request))
          : assertThrows(Throwable.class, () -> client.imports().run(request));
      KiboImportStoppedException e = assertInstanceOf(KiboImportStoppedException.class, failure, "async " + async);
      assertInstanceOf(PollCancelledException.class, e.getCause());
      assertEquals(JobCreationState.NOT_SENT, e.stoppedJobState());
      assertEquals("CustomerAccounts rows 1-2", unsent(e));
    }
    assertEquals(2, kibo.requests(r -> r.path().equals(FILES)).size(), "one upload each");
    assertEquals(0, kibo.importJobCount());
  }

  /** The rows of a stopped import, all unsent; the other lists are empty. */
  private static String unsent(KiboImportStoppedException e) {
    assertEquals(List.of(), e.completedJobs());
    assertEquals(List.of(), e.failedRecords());
    assertEquals(List.of(), e.uncertainRecords());
    List<RecordRange> all = e.unsentRecords();
    assertTrue(all.stream().allMatch(r -> r.resource().equals(KiboResource.CUSTOMER_ACCOUNTS)));
    return RecordRange.of(KiboResource.CUSTOMER_ACCOUNTS, all.get(0).firstRow(), all.get(all.size() - 1).lastRow())
        .describe();
  }

  // Finding 3: a temporary ZIP that cannot be deleted

  @Test
  void aTemporaryZipThatCannotBeDeletedDoesNotStopTheImport() throws IOException {
    Path csvDir = customerDir("Email\r\na1@x.io\r\na2@x.io\r\n");
    Path tmp = Paths.get(System.getProperty("java.io.tmpdir"));
    Set<Path> before = temporaryZips(tmp);
    List<Path> blocked = new ArrayList<>();
    Function<Boolean, ImportResult> run = async -> {
      ImportRequest request = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir)
          .maxCustomerRecordsPerJob(1).onProgress(job -> blockDeletion(tmp, before, blocked)).build();
      return async ? client.async().imports().run(request).join() : client.imports().run(request);
    };
    try {
      for (boolean async : new boolean[] {false, true}) {
        ImportResult result = run.apply(async);
        assertEquals(2, result.jobs().size(), "async " + async);
        assertEquals(2, result.recordCount());
      }
      assertEquals(2, blocked.size(), "job 1's ZIP was replaced by a non-empty directory in each run");
      assertEquals(4, kibo.importJobCount());
    } finally {
      for (Path p : blocked) {
        deleteTree(p);
      }
    }
  }

  private static Set<Path> temporaryZips(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("kibo-import-1-")).collect(Collectors.toSet());
    }
  }

  /** Replaces this test's new temporary ZIP of job 1 by a directory holding a file, once per run. */
  private static void blockDeletion(Path tmp, Set<Path> before, List<Path> blocked) {
    try {
      Set<Path> fresh = new HashSet<>(temporaryZips(tmp));
      fresh.removeAll(before);
      fresh.removeAll(blocked);
      fresh.removeIf(Files::isDirectory);
      if (fresh.size() == 1) {
        Path zip = fresh.iterator().next();
        Files.delete(zip);
        Files.createDirectory(zip);
        try (OutputStream out = Files.newOutputStream(zip.resolve("keep"))) {
          out.write(1);
        }
        blocked.add(zip);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  // Finding 4: an insecure link answered by Kibo

  @Test
  void aPlainHttpLinkAnsweredByKiboIsAProtocolExceptionAndNothingIsFetched() {
    ExportRequest export = ExportRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).target(dir.resolve("export.zip")).build();
    RequestMatcher link = RequestMatcher.of("POST", FILES + "/{id}/generatelink");
    kibo.faults().failNext(2, link, Fault.status(200, "\"http://evil.example.com/x.zip\""));

    ProtocolException blocking = assertThrows(ProtocolException.class, () -> client.exports().run(export));
    Throwable async = asyncFailure(client.async().exports().run(export));
    for (Throwable failure : new Throwable[] {blocking, async}) {
      assertInstanceOf(ProtocolException.class, failure);
      assertTrue(failure.getMessage().contains("generatelink") && failure.getMessage().contains("evil.example.com"),
          failure.getMessage());
    }
    assertTrue(!Files.exists(dir.resolve("export.zip")));

    ValidationException given = assertThrows(ValidationException.class, () -> client.files()
        .downloadPublicLink(java.net.URI.create("http://evil.example.com/x.zip"), dir.resolve("x.zip")));
    assertEquals("link", given.field());
  }

  // Finding 6: an Error from a wait listener

  static final class ListenerError extends Error {
    private static final long serialVersionUID = 1L;

    ListenerError() {
      super("the listener broke");
    }
  }

  @Test
  void anErrorFromAWaitListenerEndsBothTwinsWithTheErrorAndTheReportSuppressed() throws IOException {
    Path csvDir = customerDir("Email\r\na1@x.io\r\na2@x.io\r\n");
    ImmutableImportRequest request = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir)
        .maxCustomerRecordsPerJob(1).onProgress(job -> {
          throw new ListenerError();
        }).build();

    for (Throwable failure : bothTwins(request)) {
      ListenerError e = assertInstanceOf(ListenerError.class, failure);
      assertEquals(1, e.getSuppressed().length);
      KiboImportStoppedException report = assertInstanceOf(KiboImportStoppedException.class, e.getSuppressed()[0]);
      assertSame(e, report.getCause());
      assertEquals(JobCreationState.CREATED, report.stoppedJobState());
    }
  }
}

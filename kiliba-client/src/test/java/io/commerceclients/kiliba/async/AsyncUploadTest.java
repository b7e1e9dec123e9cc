package io.commerceclients.kiliba.async;

import static io.commerceclients.kiliba.async.AsyncServicesTest.awaitTrue;
import static io.commerceclients.kiliba.async.AsyncServicesTest.failureOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.polling.JobFailedException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaUploads.StoredFile;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asynchronous physical-store upload against the fake: session, streamed PUT to the pre-signed
 * URL without credentials (an OkHttp asynchronous call on the storage client), completion, scheduled
 * polls; its failures, and what a cancellation stops.
 */
class AsyncUploadTest {

  private static final String SESSIONS = "/client/v1/physical-stores/uploads";
  private static final String COMPLETE = "/client/v1/physical-stores/uploads/{uploadId}/complete";
  private static final String STATUS = "/client/v1/physical-stores/uploads/{uploadId}";
  private static final String STORAGE = "/_fake-s3/uploads/{uploadId}";
  private static final String CONTENT = "email\tfirstname\na@example.com\tAnn\nb@example.com\tBob\n";

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  @TempDir
  Path dir;

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private KilibaClient client;
  private Path file;

  @BeforeEach
  void setUp() throws Exception {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(sleeper).build();
    file = Files.writeString(dir.resolve("store.tsv"), CONTENT);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private List<String> calls() {
    return kiliba.requests().stream().map(r -> r.method() + " " + r.path().replaceAll("[0-9a-f-]{36}", "{id}"))
        .collect(Collectors.toList());
  }

  @Test
  void uploadsTheFileWithoutCredentialsCompletesItAndPollsUntilParsed() throws Exception {
    List<String> stages = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    AtomicLong sent = new AtomicLong();

    UploadResult result = client.async().physicalStores().upload(FileUpload.builder().file(file)
        .onUploadProgress((bytes, total) -> sent.set(bytes))
        .onProgress(status -> {
          stages.add(status.currentStage().orElse("?"));
          threads.add(Thread.currentThread().getName());
        })
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(2)).build())
        .build()).get(60, TimeUnit.SECONDS);

    assertTrue(result.finished());
    assertEquals(2L, result.rowsAccepted().orElseThrow());
    StoredFile stored = kiliba.uploads().storedFile(result.uploadId()).orElseThrow();
    assertEquals(CONTENT, new String(stored.bytes(), StandardCharsets.UTF_8));
    assertEquals("text/tab-separated-values", stored.contentType());
    assertFalse(stored.headers().contains("x-api-key"));
    assertTrue(kiliba.uploads().rejectedStorageRequests().isEmpty());
    assertEquals(CONTENT.length(), sent.get());
    assertEquals(List.of("detect", "parse", "publish", "done"), stages);
    assertTrue(threads.stream().noneMatch(name -> name.startsWith("OkHttp")), threads::toString);
    assertEquals(List.of("POST " + SESSIONS, "PUT /_fake-s3/uploads/{id}", "POST " + SESSIONS + "/{id}/complete",
        "GET " + SESSIONS + "/{id}", "GET " + SESSIONS + "/{id}", "GET " + SESSIONS + "/{id}", "GET " + SESSIONS + "/{id}"),
        calls());
    assertEquals(4, sleeper.delays.size(), "each poll was scheduled after its interval: " + sleeper.delays);
    RecordedRequest put = kiliba.requests().get(1);
    assertTrue(put.header("X-API-Key").isEmpty() && put.header("Authorization").isEmpty());
    assertTrue(kiliba.requests().stream().filter(r -> !r.method().equals("PUT"))
        .allMatch(r -> kiliba.apiKey().equals(r.header("X-API-Key").orElse(null))));
  }

  @Test
  void withoutWaitingTheResultHoldsTheCompletedStatus() throws Exception {
    UploadResult result = client.async().physicalStores().upload(FileUpload.builder().file(file)
        .waitForProcessing(false).build()).get(60, TimeUnit.SECONDS);

    assertFalse(result.finished());
    assertEquals("uploaded", result.status().status().orElseThrow().value());
    assertEquals(0, kiliba.requestCount("GET", STATUS));
  }

  @Test
  void eachStepRunsOnItsOwn() throws Exception {
    var stores = client.async().physicalStores();
    UploadSession session = stores.createUpload(CreateUploadRequest.builder().filename("store.tsv").build())
        .get(60, TimeUnit.SECONDS);
    stores.uploadFile(session, file, "text/tab-separated-values").get(60, TimeUnit.SECONDS);
    UploadStatus completed = stores.completeUpload(session.uploadId()).get(60, TimeUnit.SECONDS);
    UploadStatus read = stores.getUpload(session.uploadId()).get(60, TimeUnit.SECONDS);
    UploadStatus done = stores.waitForProcessing(session.uploadId(), PollingOptions.defaults()).get(60, TimeUnit.SECONDS);

    assertEquals("uploaded", completed.status().orElseThrow().value());
    assertEquals("detect", read.currentStage().orElseThrow());
    assertEquals("completed", done.status().orElseThrow().value());
    assertEquals(CONTENT, new String(kiliba.uploads().storedFile(session.uploadId()).orElseThrow().bytes(),
        StandardCharsets.UTF_8));
  }

  @Test
  void aFileWithoutRowsFailsWithItsLastStatus() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.tsv"), "email\tfirstname\n");

    Throwable failure = failureOf(client.async().physicalStores().upload(FileUpload.of(empty)));

    JobFailedException failed = assertInstanceOf(JobFailedException.class, failure);
    assertEquals("failed", failed.lastState(UploadStatus.class).orElseThrow().status().orElseThrow().value());
  }

  @Test
  void aStorageFailureEndsTheUploadBeforeItsCompletionAndRetriesAreScheduledOnce() throws Exception {
    kiliba.faults().failNext(5, RequestMatcher.of("PUT", STORAGE), Fault.status(503));

    Throwable failure = failureOf(client.withOptions(o -> o.maxRetries(1)).async().physicalStores()
        .upload(FileUpload.of(file)));

    assertInstanceOf(ServerException.class, failure);
    assertEquals(2, kiliba.requestCount("PUT", STORAGE), "one attempt and one retry, none inside the other");
    assertEquals(1, sleeper.delays.size());
    assertEquals(0, kiliba.requestCount("POST", COMPLETE), "an upload that did not reach storage is never completed");
  }

  @Test
  void invalidInputFailsTheFutureBeforeAnyRequest() {
    Throwable missing = failureOf(client.async().physicalStores().upload(FileUpload.of(dir.resolve("missing.tsv"))));
    Throwable noUrl = failureOf(client.async().physicalStores().uploadFile(UploadSession.builder().uploadId("u").build(),
        file, "text/csv"));
    Throwable blank = failureOf(client.async().physicalStores().getUpload(" "));

    assertEquals("file", ((ValidationException) missing).field());
    assertEquals("session.presignedUrl", ((ValidationException) noUrl).field());
    assertEquals("uploadId", ((ValidationException) blank).field());
    assertTrue(kiliba.requests().isEmpty());
  }

  @Test
  void aSessionWithoutAPresignedUrlBreaksTheContract() throws Exception {
    try (FakeKiliba broken = FakeKiliba.started();
        KilibaClient own = KilibaClient.builder().baseUrl(broken.baseUrl()).apiKey(broken.apiKey()).build()) {
      broken.faults().failNext(2, RequestMatcher.of("POST", SESSIONS), Fault.status(201, "{\"uploadId\":\"u-1\"}"));

      Throwable async = failureOf(own.async().physicalStores().upload(FileUpload.of(file)));
      ProtocolException blocking = assertThrows(ProtocolException.class, () -> own.physicalStores().upload(FileUpload.of(file)));

      assertInstanceOf(ProtocolException.class, async);
      assertTrue(blocking.getMessage().contains("presignedUrl"), blocking.getMessage());
      assertEquals(0, broken.requestCount("PUT", STORAGE));
    }
  }

  @Test
  void anUploadProgressListenerThatThrowsFailsNeitherTwin() throws Exception {
    FileUpload upload = FileUpload.builder().file(file).waitForProcessing(false)
        .onUploadProgress((sent, total) -> {
          throw new IllegalStateException("the progress bar is gone");
        }).build();

    client.physicalStores().upload(upload);
    client.async().physicalStores().upload(upload).get(30, TimeUnit.SECONDS);

    assertEquals(2, kiliba.requests().stream().filter(r -> r.method().equals("PUT")).count());
  }

  @Test
  void anUploadProgressListenerThatThrowsAnErrorFailsBothTwinsWithItAndCompletesNoUpload() throws Exception {
    AssertionError check = new AssertionError("the test's own check, in the progress listener");
    FileUpload upload = FileUpload.builder().file(file).waitForProcessing(false)
        .onUploadProgress((sent, total) -> {
          throw check;
        }).build();

    assertSame(check, assertThrows(AssertionError.class, () -> client.physicalStores().upload(upload)));
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> client.async().physicalStores().upload(upload).get(30, TimeUnit.SECONDS));

    assertSame(check, failed.getCause());
    assertEquals(0, kiliba.requestCount("POST", COMPLETE), "an upload whose transfer failed is never completed");
  }

  @Test
  void aSessionWithoutAUsableUploadIdBreaksTheContractBeforeTheFileIsSent() throws Exception {
    try (FakeKiliba broken = FakeKiliba.started();
        KilibaClient own = KilibaClient.builder().baseUrl(broken.baseUrl()).apiKey(broken.apiKey()).build()) {
      String session = "{\"uploadId\":\"\",\"status\":\"created\",\"presignedUrl\":\"" + broken.baseUrl()
          + "/_fake-s3/raw.tsv\"}";
      broken.faults().failNext(2, RequestMatcher.of("POST", SESSIONS), Fault.status(201, session));

      Throwable async = failureOf(own.async().physicalStores().upload(FileUpload.of(file)));
      ProtocolException blocking = assertThrows(ProtocolException.class, () -> own.physicalStores().upload(FileUpload.of(file)));

      assertInstanceOf(ProtocolException.class, async);
      assertTrue(blocking.getMessage().contains("'uploadId' is missing"), blocking.getMessage());
      assertEquals(0, broken.requests().stream().filter(r -> r.method().equals("PUT")).count());
    }
  }

  @Test
  void cancellingDuringTheTransferCancelsItAndNeverCompletesTheUpload() throws Exception {
    OkHttpClient http = new OkHttpClient();
    try (FakeKiliba slow = FakeKiliba.started();
        KilibaClient own = KilibaClient.builder().baseUrl(slow.baseUrl()).apiKey(slow.apiKey()).okHttpClient(http).build()) {
      slow.faults().failNext(1, RequestMatcher.of("PUT", STORAGE), Fault.delay(Duration.ofSeconds(60)));

      CompletableFuture<UploadResult> upload = own.async().physicalStores().upload(FileUpload.of(file));
      awaitTrue(() -> slow.faults().played().size() == 1);
      assertTrue(upload.cancel(true));

      assertThrows(CancellationException.class, upload::join);
      awaitTrue(() -> http.dispatcher().runningCallsCount() == 0);
      assertEquals(0, http.dispatcher().runningCallsCount(), "the PUT was cancelled");
      Thread.sleep(200);
      assertEquals(0, slow.requestCount("POST", COMPLETE));
      assertEquals(1, slow.requestCount("POST", SESSIONS));
    }
  }

  @Test
  void cancellingDuringThePollingStopsIt() throws Exception {
    CompletableFuture<CompletableFuture<UploadResult>> self = new CompletableFuture<>();

    CompletableFuture<UploadResult> upload = client.async().physicalStores().upload(FileUpload.builder().file(file)
        .onProgress(status -> self.join().cancel(true)).build());
    self.complete(upload);

    assertThrows(CancellationException.class, upload::join);
    Thread.sleep(200);
    assertEquals(1, kiliba.requestCount("GET", STATUS), "no poll after the cancellation");
    assertEquals(1, kiliba.requestCount("POST", COMPLETE));
  }
}

package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.support.OpenFiles;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.stores.FileUpload;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A physical-store file that is not what the session declared: one that changes size after the
 * session was created (its declared {@code size} no longer true) or while it is sent, and sources
 * that are no regular file. None is completed, and no file descriptor stays open.
 */
@WireMockTest
class StoreUploadFileTest {
  private static final String ID = "6f1c2a3b-1d2e-4f5a-8b9c-0d1e2f3a4b5c";
  private static final String SESSION = "/client/v1/physical-stores/uploads";

  @TempDir
  Path dir;

  private KilibaClient client;
  private String base;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    client = KilibaClient.builder().baseUrl(base).apiKey("test-key-123").sleeper(d -> { }).build();
    stubFor(put(urlPathMatching("/bucket/.*")).willReturn(aResponse().withStatus(200)));
    stubFor(post(SESSION + "/" + ID + "/complete").willReturn(okJson("{\"uploadId\":\"" + ID
        + "\",\"status\":\"completed\",\"currentStage\":\"done\"}")));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A session answered after {@code delayMillis}, so the test can change the file in between. */
  private void stubSlowSession(int delayMillis) {
    stubFor(post(SESSION).willReturn(okJson("{\"uploadId\":\"" + ID + "\",\"status\":\"created\","
        + "\"presignedUrl\":\"" + base + "/bucket/a.tsv?X-Amz-Signature=abc\"}").withFixedDelay(delayMillis)));
  }

  private static void awaitSessionRequest() throws InterruptedException {
    for (int i = 0; i < 2_000 && findAll(postRequestedFor(urlPathEqualTo(SESSION))).isEmpty(); i++) {
      Thread.sleep(5);
    }
  }

  private static int completions() {
    return findAll(postRequestedFor(urlPathEqualTo(SESSION + "/" + ID + "/complete"))).size();
  }

  @Test
  void aFileThatGrowsAfterItsSessionDeclaredItsSizeIsNotSentAsAnotherSizeNorCompleted() throws Exception {
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\na@example.com\n");
    long declared = Files.size(file);
    stubSlowSession(1_500);

    CompletableFuture<Void> grow = CompletableFuture.runAsync(() -> {
      try {
        awaitSessionRequest();
        Files.writeString(file, "b@example.com\n", StandardOpenOption.APPEND);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    TransportException e = assertThrows(TransportException.class,
        () -> client.physicalStores().upload(FileUpload.of(file)));
    grow.get(10, TimeUnit.SECONDS);

    assertTrue(e.getMessage().contains("changed while it was uploaded"), e.getMessage());
    assertTrue(findAll(postRequestedFor(urlPathEqualTo(SESSION))).get(0).getBodyAsString()
        .contains("\"size\":" + declared));
    assertEquals(0, completions(), "an upload whose file changed is never completed");
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void aFileThatShrinksWhileSentFailsBothTwinsAndIsNotCompleted() throws Exception {
    stubSlowSession(0);
    Path file = Files.write(dir.resolve("store.tsv"), new byte[900_000]);
    FileUpload upload = FileUpload.builder().file(file).onUploadProgress((sent, total) -> {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        if (ch.size() > 300_000) {
          ch.truncate(300_000);
        }
      } catch (IOException io) {
        throw new IllegalStateException(io);
      }
    }).build();

    TransportException e = assertThrows(TransportException.class, () -> client.physicalStores().upload(upload));
    assertTrue(e.getMessage().contains("changed while it was uploaded"), e.getMessage());

    Files.write(file, new byte[900_000]);
    ExecutionException f = assertThrows(ExecutionException.class,
        () -> client.async().physicalStores().upload(upload).get(10, TimeUnit.SECONDS));
    assertInstanceOf(TransportException.class, f.getCause());
    assertEquals(0, completions());
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void aDirectoryAFifoOrAMissingFileIsRefusedBeforeAnyRequest() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path fifo = dir.resolve("pipe.tsv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");

    for (Path bad : List.of(folder, fifo, dir.resolve("missing.tsv"))) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> client.physicalStores().upload(FileUpload.of(bad)));
      assertTrue(e.getMessage().contains("file"), e.getMessage());
    }

    assertEquals(0, findAll(postRequestedFor(anyUrl())).size());
  }
}

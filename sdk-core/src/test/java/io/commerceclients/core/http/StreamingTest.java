package io.commerceclients.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.internal.error.ProtocolIOException;
import io.commerceclients.core.internal.io.Downloads;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import io.commerceclients.testing.server.FakeHttpServer;
import io.commerceclients.testing.server.FakeResponse;
import io.commerceclients.testing.server.Fault;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class StreamingTest {
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  @TempDir
  Path dir;

  @Test
  void aFileUploadIsRetriedBecauseItCanBeReopened(WireMockRuntimeInfo wm) throws IOException {
    Path file = Files.write(dir.resolve("data.zip"), new byte[] {1, 2, 3, 4});
    wm.getWireMock().register(put("/up").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("again"));
    wm.getWireMock().register(put("/up").inScenario("s").whenScenarioStateIs("again").willReturn(aResponse().withStatus(200)));
    List<Long> progress = new ArrayList<>();
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(new RecordingSleeper()).build()) {
      Request request = new Request.Builder().url(wm.getHttpBaseUrl() + "/up")
          .put(StreamingBodies.fromPath(file, OCTETS, (sent, total) -> progress.add(sent))).build();
      c.transport.executeRaw(c.transport.storageClient(), request).close();
    }
    wm.getWireMock().verifyThat(2, putRequestedFor(urlEqualTo("/up")).withHeader("Content-Length", equalTo("4")));
    assertEquals(List.of(4L, 4L), progress);
  }

  @Test
  void aStreamUploadIsNeverReplayed(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(put("/up").willReturn(aResponse().withStatus(503)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(new RecordingSleeper()).build()) {
      Request request = new Request.Builder().url(wm.getHttpBaseUrl() + "/up")
          .put(StreamingBodies.fromStream(new ByteArrayInputStream(new byte[] {1, 2}), 2, OCTETS, null)).build();
      assertThrows(io.commerceclients.core.error.ServerException.class,
          () -> c.transport.executeRaw(c.transport.storageClient(), request).close());
    }
    wm.getWireMock().verifyThat(1, putRequestedFor(urlEqualTo("/up")));
  }

  @Test
  void aDownloadStreamsToAFileAndACutShortOneLeavesNoFile(WireMockRuntimeInfo wm) throws IOException {
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    wm.getWireMock().register(get("/files/ok").willReturn(aResponse().withStatus(200).withBody(content)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ResponseBody body = c.transport.executeStreaming(c.api.download("ok"));
      Path target = dir.resolve("out.bin");
      assertEquals(content.length, Downloads.toPath(body, target, null, Long.MAX_VALUE));
      assertArrayEquals(content, Files.readAllBytes(target));
      Path plain = Files.createFile(dir.resolve("plain.bin"));
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
          "a downloaded file gets the permissions of any new file, not a temporary file's owner-only ones");
    }
    try (FakeHttpServer storage = new FakeHttpServer().start();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      storage.route("GET", "/files/cut", r -> FakeResponse.bytes(200, content, "application/octet-stream"));
      storage.faults().failNext(1, Fault.truncatedBody());
      Path cut = dir.resolve("cut.bin");
      Request raw = new Request.Builder().url(storage.baseUrl() + "/files/cut").build();
      try (Response r = c.transport.executeRaw(c.transport.storageClient(), raw)) {
        assertThrows(IOException.class, () -> Downloads.toPath(r.body(), cut, null, Long.MAX_VALUE));
      }
      assertFalse(Files.exists(cut));
      try (var files = Files.list(dir)) {
        assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
      }
    }
  }

  @Test
  void aDownloadLargerThanItsBufferArrivesWholeToAFileAndToAStreamWithProgressToTheLastByte(WireMockRuntimeInfo wm)
      throws IOException {
    byte[] content = new byte[700_001];
    new java.util.Random(7).nextBytes(content);
    wm.getWireMock().register(get("/files/big").willReturn(aResponse().withStatus(200).withBody(content)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      List<Long> toFile = new ArrayList<>();
      Path target = Files.write(dir.resolve("big.bin"), new byte[] {9, 9, 9});
      assertEquals(content.length, Downloads.toPath(c.transport.executeStreaming(c.api.download("big")), target,
          (done, total) -> toFile.add(done), Long.MAX_VALUE));
      assertArrayEquals(content, Files.readAllBytes(target));

      List<Long> toStream = new ArrayList<>();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      assertEquals(content.length, Downloads.toStream(c.transport.executeStreaming(c.api.download("big")), out,
          (done, total) -> toStream.add(done), Long.MAX_VALUE));
      assertArrayEquals(content, out.toByteArray());

      for (List<Long> progress : List.of(toFile, toStream)) {
        assertEquals((long) content.length, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
          assertTrue(progress.get(i) > progress.get(i - 1), progress.toString());
        }
      }
    }
  }

  @Test
  void aFileUploadLargerThanItsBufferArrivesWholeWithProgressToTheLastByte(WireMockRuntimeInfo wm) throws IOException {
    byte[] content = new byte[600_003];
    new java.util.Random(3).nextBytes(content);
    Path file = Files.write(dir.resolve("big.zip"), content);
    wm.getWireMock().register(put("/up").willReturn(aResponse().withStatus(200)));
    List<Long> progress = new ArrayList<>();
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      Request request = new Request.Builder().url(wm.getHttpBaseUrl() + "/up")
          .put(StreamingBodies.fromPath(file, OCTETS, (sent, total) -> progress.add(sent))).build();
      c.transport.executeRaw(c.transport.storageClient(), request).close();
    }
    assertArrayEquals(content, wm.getWireMock().find(putRequestedFor(urlEqualTo("/up"))).get(0).getBody());
    assertEquals((long) content.length, progress.get(progress.size() - 1));
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) > progress.get(i - 1), progress.toString());
    }
  }

  @Test
  void aDownloadOverItsCapIsRefusedFromItsLengthOrStoppedAtTheCapAndOneAtTheCapArrivesWhole(WireMockRuntimeInfo wm)
      throws IOException {
    byte[] content = new byte[300_000];
    new java.util.Random(5).nextBytes(content);
    wm.getWireMock().register(get("/files/sized").willReturn(aResponse().withStatus(200).withBody(content)
        .withHeader("Content-Length", Integer.toString(content.length)).withGzipDisabled(true)));
    wm.getWireMock().register(get("/files/chunked").willReturn(aResponse().withStatus(200).withBody(content)
        .withChunkedDribbleDelay(5, 50)));
    long cap = content.length - 1;
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      for (String id : List.of("sized", "chunked")) {
        String expected = id.equals("sized")
            ? "a body of 300000 bytes, over the 299999-byte cap (maxDownloadSize); it was not read"
            : "a body of more than 299999 bytes, over the 299999-byte cap (maxDownloadSize)";
        Path target = dir.resolve(id + ".bin");
        ProtocolIOException toFile = assertThrows(ProtocolIOException.class,
            () -> Downloads.toPath(c.transport.executeStreaming(c.api.download(id)), target, null, cap));
        assertTrue(toFile.getMessage().contains(expected), toFile.getMessage());
        assertFalse(Files.exists(target));
        Path kept = Files.write(dir.resolve(id + "-kept.bin"), new byte[] {7});
        assertThrows(ProtocolIOException.class,
            () -> Downloads.toPath(c.transport.executeStreaming(c.api.download(id)), kept, null, cap));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(kept));
        try (var files = Files.list(dir)) {
          assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProtocolIOException toStream = assertThrows(ProtocolIOException.class,
            () -> Downloads.toStream(c.transport.executeStreaming(c.api.download(id)), out, null, cap));
        assertTrue(toStream.getMessage().contains(expected), toStream.getMessage());
        assertTrue(out.size() <= cap, out.size() + " bytes written");

        Path whole = dir.resolve(id + "-whole.bin");
        assertEquals(content.length, Downloads.toPath(c.transport.executeStreaming(c.api.download(id)), whole, null,
            content.length));
        assertArrayEquals(content, Files.readAllBytes(whole));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertEquals(content.length, Downloads.toStream(c.transport.executeStreaming(c.api.download(id)), all, null,
            content.length));
        assertArrayEquals(content, all.toByteArray());
      }
    }
  }
}

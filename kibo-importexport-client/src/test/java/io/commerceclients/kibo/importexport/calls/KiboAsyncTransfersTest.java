package io.commerceclients.kibo.importexport.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asynchronous transfers stream on the thread OkHttp runs the call on; cancelling one stops it and
 * leaves no partial file; the one-call export does the same for its ZIP.
 */
@WireMockTest
class KiboAsyncTransfersTest {
  private static final String TOKEN_PATH = "/api/platform/applications/authtickets/oauth";

  @TempDir
  Path dir;

  private String base;
  private final OkHttpClient http = new OkHttpClient();
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void stub(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
  }

  @AfterEach
  void close() {
    clients.forEach(KiboImportExportClient::close);
    http.dispatcher().executorService().shutdown();
  }

  private KiboImportExportClient client() {
    KiboImportExportClient c = KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared")
        .okHttpClient(http).sleeper(d -> { }).build();
    clients.add(c);
    return c;
  }

  private static byte[] bytes(int size) {
    byte[] content = new byte[size];
    for (int i = 0; i < size; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    return content;
  }

  private List<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private void awaitFileIn(Path directory) throws Exception {
    for (int i = 0; i < 3_000 && filesIn(directory).isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertFalse(filesIn(directory).isEmpty(), "the download started");
  }

  private void awaitNoFileIn(Path directory) throws Exception {
    for (int i = 0; i < 3_000 && !filesIn(directory).isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertEquals(List.of(), filesIn(directory));
  }

  private void awaitIdle() throws Exception {
    for (int i = 0; i < 3_000 && http.dispatcher().runningCallsCount() > 0; i++) {
      Thread.sleep(10);
    }
    assertEquals(0, http.dispatcher().runningCallsCount(), "the transfer was cancelled, not left running");
  }

  @Test
  void anUploadAndADownloadStreamOnOkHttpsThreadAndCompleteElsewhere() throws Exception {
    stubFor(post(urlPathEqualTo("/api/platform/data/files")).willReturn(okJson("{\"id\":\"f1\"}")));
    stubFor(get(urlPathEqualTo("/api/platform/data/files/f1/content")).willReturn(aResponse().withBody(bytes(300_000))));
    Path file = Files.write(dir.resolve("catalog.zip"), bytes(300_000));
    Set<String> progressThreads = ConcurrentHashMap.newKeySet();
    long[] sent = {0};

    DropLocation uploaded = client().async().files().upload(file, "catalog.zip", (done, total) -> {
      progressThreads.add(Thread.currentThread().getName());
      sent[0] = done;
    }).get(20, TimeUnit.SECONDS);
    Path target = Files.createDirectory(dir.resolve("out")).resolve("f1.zip");
    String completedOn = client().async().files().download("f1", target)
        .thenApply(n -> Thread.currentThread().getName() + ":" + n).get(20, TimeUnit.SECONDS);

    assertEquals("f1", uploaded.id().orElseThrow());
    assertEquals(300_000, sent[0]);
    assertTrue(progressThreads.stream().allMatch(t -> t.startsWith("OkHttp")), progressThreads.toString());
    assertFalse(completedOn.startsWith("OkHttp"), completedOn);
    assertTrue(completedOn.endsWith(":300000"), completedOn);
    assertEquals(List.of("f1.zip"), filesIn(target.getParent()));
    verify(1, postRequestedFor(urlPathEqualTo("/api/platform/data/files")));

    stubFor(get(urlPathEqualTo("/signed/f1.zip")).willReturn(aResponse().withBody(bytes(300_000))));
    Set<String> downloadThreads = ConcurrentHashMap.newKeySet();
    long got = client().async().files().downloadPublicLink(java.net.URI.create(base + "/signed/f1.zip?sig=1"),
        target, (done, total) -> downloadThreads.add(Thread.currentThread().getName())).get(20, TimeUnit.SECONDS);
    assertEquals(300_000, got);
    assertTrue(!downloadThreads.isEmpty() && downloadThreads.stream().allMatch(t -> t.startsWith("OkHttp")),
        downloadThreads.toString());
  }

  @Test
  void cancellingADownloadStopsTheTransferAndRemovesItsPartialFile() throws Exception {
    stubFor(get(urlPathEqualTo("/api/platform/data/files/f1/content"))
        .willReturn(aResponse().withBody(bytes(200_000)).withChunkedDribbleDelay(200, 20_000)));
    Path out = Files.createDirectory(dir.resolve("out"));

    CompletableFuture<Long> download = client().async().files().download("f1", out.resolve("f1.zip"));
    awaitFileIn(out);
    assertTrue(download.cancel(true));

    assertThrows(CancellationException.class, download::join);
    awaitIdle();
    awaitNoFileIn(out);
  }

  @Test
  void anExportCancelledDuringItsDownloadLeavesNeitherTheTargetNorAPartialFile() throws Exception {
    stubFor(post("/api/platform/data/export").willReturn(okJson("{\"id\":\"e1\",\"status\":\"pending\"}")));
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson("{\"id\":\"e1\",\"status\":\"complete\","
        + "\"isComplete\":true,\"files\":[{\"id\":\"z1\",\"fileType\":\"export\"}]}")));
    stubFor(post(urlPathEqualTo("/api/platform/data/files/z1/generatelink"))
        .willReturn(okJson("\"" + base + "/signed/export.zip?X-Amz-Signature=abc\"")));
    stubFor(get(urlPathEqualTo("/signed/export.zip"))
        .willReturn(aResponse().withBody(bytes(200_000)).withChunkedDribbleDelay(200, 20_000)));
    Path out = Files.createDirectory(dir.resolve("out"));

    CompletableFuture<ExportResult> export = client().async().exports().run(ExportRequest.builder()
        .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS))
        .target(out.resolve("export.zip")).unzipTo(dir.resolve("csv")).build());
    awaitFileIn(out);
    assertTrue(export.cancel(true));

    assertThrows(CancellationException.class, export::join);
    awaitIdle();
    awaitNoFileIn(out);
    assertFalse(Files.exists(dir.resolve("csv")), "nothing was extracted");
    verify(1, getRequestedFor(urlPathEqualTo("/signed/export.zip")));
  }

  @Test
  void anExportWhoseJobFailsFailsTheFutureWithTheJobAndDownloadsNothing() throws Exception {
    stubFor(post("/api/platform/data/export").willReturn(okJson("{\"id\":\"e1\",\"status\":\"pending\"}")));
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson("{\"id\":\"e1\",\"status\":\"errored\","
        + "\"isComplete\":true,\"statusMessage\":\"Unknown field Foo\",\"files\":[{\"id\":\"log1\",\"fileType\":\"log\"}]}")));
    Path out = Files.createDirectory(dir.resolve("out"));

    CompletableFuture<ExportResult> export = client().async().exports().run(ExportRequest.builder()
        .domain(Domain.CATALOG).addResource(ExportResourceRequest.of(KiboResource.PRODUCTS))
        .target(out.resolve("export.zip")).build());

    KiboJobFailedException e = (KiboJobFailedException) assertThrows(java.util.concurrent.ExecutionException.class,
        () -> export.get(20, TimeUnit.SECONDS)).getCause();
    assertEquals("e1", e.jobId());
    assertEquals("Unknown field Foo", e.statusMessage().orElseThrow());
    assertEquals(List.of(), filesIn(out));
    verify(0, postRequestedFor(urlPathEqualTo("/api/platform/data/files/log1/generatelink")));
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.support.OpenFiles;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads to a {@code Path} against a server that cuts, lengthens, resets or stalls the body, and
 * callers that cancel, interrupt or close mid-way: the target appears only whole, an existing one
 * stays untouched on failure, no partial file and no open file descriptor is left behind.
 */
class DownloadToPathTest {
  private static final String CONTENT = "/api/platform/data/files/f1/content";

  @TempDir
  Path dir;

  private RawKibo server;
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new RawKibo((r, s) -> { });
  }

  @AfterEach
  void stop() throws IOException {
    clients.forEach(KiboImportExportClient::close);
    server.close();
  }

  private KiboImportExportClient client() {
    return client(KiboImportExportClient.builder());
  }

  private KiboImportExportClient client(KiboImportExportClient.Builder builder) {
    KiboImportExportClient c = builder.authHost(server.url()).tenantHost(server.url()).tenantId(123)
        .clientId("app.id").sharedSecret("s3cr3t-shared").sleeper(d -> { }).maxRetries(0).build();
    clients.add(c);
    return c;
  }

  private void serve(byte[] body) {
    server.handler((r, s) -> RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n", body));
  }

  /** Sends {@code sent} bytes of a body declared {@code declared} long, then stalls until released. */
  private CountDownLatch serveThenStall(int declared, int sent) {
    CountDownLatch release = new CountDownLatch(1);
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: " + declared + "\r\n\r\n", RawKibo.bytes(sent, 0));
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      s.close();
    });
    return release;
  }

  private List<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void assertOnlyOld(Path target) throws IOException {
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target.getFileName().toString()), filesIn(target.getParent()));
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void aBodyShorterThanItsLengthLeavesTheOldTargetAndNoPartialFile() throws Exception {
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n", RawKibo.bytes(400_000, 0));
      s.close();
    });
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");

    assertThrows(TransportException.class, () -> client().files().download("f1", target));

    assertOnlyOld(target);
  }

  @Test
  void aChunkedBodyCutMidChunkLeavesNoFile() throws Exception {
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n", RawKibo.bytes(30_000, 0));
      s.close();
    });
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");

    assertThrows(TransportException.class, () -> client().files().download("f1", target));

    assertOnlyOld(target);
  }

  @Test
  void aBodyLongerThanItsLengthIsReadToItsLengthOnly() throws Exception {
    byte[] body = RawKibo.bytes(1_000, 0);
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: 600\r\n\r\n", body);
      s.close();
    });
    Path target = dir.resolve("out.zip");

    assertEquals(600, client().files().download("f1", target));

    assertArrayEquals(java.util.Arrays.copyOf(body, 600), Files.readAllBytes(target));
    assertEquals(List.of("out.zip"), filesIn(dir));
  }

  @Test
  void aResetMidBodyLeavesNoFile() throws Exception {
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: 2000000\r\n\r\n", RawKibo.bytes(700_000, 0));
      s.setSoLinger(true, 0);
      s.close();
    });
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");

    assertThrows(TransportException.class, () -> client().files().download("f1", target));

    assertOnlyOld(target);
  }

  @Test
  void aBodyThatStallsEndsAtTheReadTimeoutLeavingNoFile() throws Exception {
    CountDownLatch release = serveThenStall(1_000_000, 300_000);
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");
    KiboImportExportClient c = client(KiboImportExportClient.builder().readTimeout(Duration.ofMillis(300)));

    TransportException e = assertThrows(TransportException.class, () -> c.files().download("f1", target));
    release.countDown();

    assertInstanceOf(ApiTimeoutException.class, e, e::toString);
    assertOnlyOld(target);
  }

  @Test
  void aBodyOverTheCapWithoutALengthIsStoppedAndLeavesNoFile() throws Exception {
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", new byte[0]);
      OutputStream out = s.getOutputStream();
      for (int i = 0; i < 40; i++) {
        out.write("8000\r\n".getBytes());
        out.write(RawKibo.bytes(0x8000, i));
        out.write("\r\n".getBytes());
      }
      out.write("0\r\n\r\n".getBytes());
      out.flush();
    });
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");
    KiboImportExportClient c = client(KiboImportExportClient.builder().maxDownloadSize(500_000));

    ProtocolException e = assertThrows(ProtocolException.class, () -> c.files().download("f1", target));

    assertTrue(e.getMessage().contains("maxDownloadSize"), e.getMessage());
    assertOnlyOld(target);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(ProtocolException.class, () -> c.files().download("f1", out));
    assertTrue(out.size() <= 500_000, "the stream got " + out.size());
  }

  @Test
  void anInterruptedBlockingDownloadEndsAndLeavesNoFile() throws Exception {
    CountDownLatch release = serveThenStall(2_000_000, 600_000);
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");
    KiboImportExportClient c = client();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        c.files().download("f1", target);
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    caller.start();
    awaitPartialFile();

    caller.interrupt();
    caller.join(10_000);
    release.countDown();

    assertFalse(caller.isAlive(), "the interrupted download ended");
    assertInstanceOf(RuntimeException.class, thrown.get());
    assertOnlyOld(target);
  }

  @Test
  void aCancelledAsyncDownloadLeavesTheOldTargetAndNoPartialFile() throws Exception {
    CountDownLatch release = serveThenStall(2_000_000, 600_000);
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");

    CompletableFuture<Long> f = client().async().files().download("f1", target);
    awaitPartialFile();
    f.cancel(true);
    awaitNoPartialFile();
    release.countDown();

    assertOnlyOld(target);
  }

  @Test
  void aDownloadGoingOnWhenItsClientClosesLeavesNoPartialFileWhenCut() throws Exception {
    CountDownLatch release = serveThenStall(2_000_000, 600_000);
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");
    KiboImportExportClient c = client();

    CompletableFuture<Long> f = c.async().files().download("f1", target);
    awaitPartialFile();
    c.close();
    release.countDown();
    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));

    assertInstanceOf(RuntimeException.class, e.getCause());
    awaitNoPartialFile();
    assertOnlyOld(target);
  }

  private void awaitPartialFile() throws Exception {
    for (int i = 0; i < 3_000 && filesIn(dir).stream().noneMatch(n -> n.endsWith(".part")); i++) {
      Thread.sleep(5);
    }
    assertTrue(filesIn(dir).stream().anyMatch(n -> n.endsWith(".part")), "the download started");
  }

  private void awaitNoPartialFile() throws Exception {
    for (int i = 0; i < 3_000 && filesIn(dir).stream().anyMatch(n -> n.endsWith(".part")); i++) {
      Thread.sleep(5);
    }
  }

  @Test
  void aListenerThatThrowsAnErrorEndsTheDownloadWithItAndLeavesNoFile() throws Exception {
    serve(RawKibo.bytes(1_000_000, 0));
    Path target = Files.writeString(dir.resolve("keep.zip"), "old");
    AssertionError boom = new AssertionError("listener broke");
    URI link = URI.create(server.url() + "/public/f1");

    AssertionError e = assertThrows(AssertionError.class,
        () -> client().files().downloadPublicLink(link, target, (got, total) -> {
          throw boom;
        }));
    assertSame(boom, e);
    assertOnlyOld(target);

    ExecutionException f = assertThrows(ExecutionException.class, () -> client().async().files()
        .downloadPublicLink(link, target, (got, total) -> {
          throw boom;
        }).get(10, TimeUnit.SECONDS));
    assertSame(boom, f.getCause());
    assertOnlyOld(target);
  }

  @Test
  void aListenerThatThrowsAnExceptionIsDroppedAndTheDownloadCompletes() throws Exception {
    byte[] body = RawKibo.bytes(1_000_000, 3);
    serve(body);
    Path target = dir.resolve("out.zip");
    List<Long> calls = new ArrayList<>();

    long bytes = client().files().downloadPublicLink(URI.create(server.url() + "/public/f1"), target,
        (got, total) -> {
          calls.add(got);
          throw new IllegalStateException("display broke");
        });

    assertEquals(body.length, bytes);
    assertArrayEquals(body, Files.readAllBytes(target));
    assertEquals(1, calls.size());
  }

  @Test
  void progressIsMonotonicAndEndsAtTheTotal() throws Exception {
    byte[] body = RawKibo.bytes(1_234_567, 5);
    serve(body);
    List<long[]> seen = new ArrayList<>();

    client().files().downloadPublicLink(URI.create(server.url() + "/public/f1"), dir.resolve("out.zip"),
        (got, total) -> seen.add(new long[] {got, total}));

    assertFalse(seen.isEmpty());
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i)[0] > seen.get(i - 1)[0], "progress went back at call " + i);
    }
    assertTrue(seen.stream().allMatch(p -> p[1] == body.length));
    assertEquals(body.length, seen.get(seen.size() - 1)[0]);
  }

  @Test
  void anExistingTargetIsReplacedWhole() throws Exception {
    byte[] body = RawKibo.bytes(300_000, 1);
    serve(body);
    Path target = Files.writeString(dir.resolve("out.zip"), "old content, longer than nothing");

    assertEquals(body.length, client().files().download("f1", target));

    assertArrayEquals(body, Files.readAllBytes(target));
    assertEquals(List.of("out.zip"), filesIn(dir));
  }

  @Test
  void aMissingParentIsCreated() throws Exception {
    byte[] body = RawKibo.bytes(1_000, 1);
    serve(body);
    Path target = dir.resolve("a/b/out.zip");

    client().files().download("f1", target);

    assertArrayEquals(body, Files.readAllBytes(target));
  }

  @Test
  void aTargetThatIsADirectoryIsRefusedBeforeTheNetworkAndTheDirectoryKept() throws Exception {
    serve(RawKibo.bytes(1_000, 1));
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path full = Files.createDirectory(dir.resolve("full"));
    Files.writeString(full.resolve("inside.txt"), "kept");
    URI link = URI.create(server.url() + "/public/f1");

    ValidationException e = assertThrows(ValidationException.class, () -> client().files().download("f1", empty));
    assertTrue(e.getMessage().contains("target") && e.getMessage().contains("directory"), e.getMessage());
    assertThrows(ValidationException.class, () -> client().files().download("f1", full));
    assertThrows(ValidationException.class, () -> client().files().downloadPublicLink(link, full));
    ExecutionException f = assertThrows(ExecutionException.class,
        () -> client().async().files().download("f1", full).get(10, TimeUnit.SECONDS));
    assertInstanceOf(ValidationException.class, f.getCause());

    assertEquals(List.of(), server.apiRequests());

    assertTrue(Files.isDirectory(empty));
    assertEquals("kept", Files.readString(full.resolve("inside.txt")));
    assertEquals(List.of("empty", "full"), filesIn(dir));
  }

  @Test
  void aSymbolicLinkTargetIsReplacedNotWrittenThrough() throws Exception {
    byte[] body = RawKibo.bytes(1_000, 1);
    serve(body);
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Path victim = Files.writeString(outside.resolve("victim.txt"), "precious");
    Path downloads = Files.createDirectory(dir.resolve("downloads"));
    Path target = Files.createSymbolicLink(downloads.resolve("out.zip"), victim);

    client().files().download("f1", target);

    assertEquals("precious", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(target));
    assertTrue(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS));
    assertArrayEquals(body, Files.readAllBytes(target));
  }

  @Test
  void aTargetWithTheLongestFileNameTheFileSystemTakesIsWritten() throws Exception {
    byte[] body = RawKibo.bytes(1_000, 1);
    serve(body);
    Path target = dir.resolve("x".repeat(251) + ".zip");

    assertEquals(body.length, client().files().download("f1", target));

    assertArrayEquals(body, Files.readAllBytes(target));
    assertEquals(List.of(target.getFileName().toString()), filesIn(dir));
  }

  @Test
  void twoDownloadsToOneTargetAtOnceLeaveOneOfThemWhole() throws Exception {
    byte[] first = RawKibo.bytes(900_000, 1);
    byte[] second = RawKibo.bytes(900_000, 2);
    CountDownLatch both = new CountDownLatch(2);
    server.handler((r, s) -> {
      byte[] body = r.line().contains("/f1/") ? first : second;
      both.countDown();
      try {
        both.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n", body);
    });
    Path target = dir.resolve("out.zip");
    KiboImportExportClient c = client();

    CompletableFuture<Long> a = c.async().files().download("f1", target);
    CompletableFuture<Long> b = c.async().files().download("f2", target);
    a.get(30, TimeUnit.SECONDS);
    b.get(30, TimeUnit.SECONDS);

    byte[] got = Files.readAllBytes(target);
    assertTrue(java.util.Arrays.equals(first, got) || java.util.Arrays.equals(second, got), "a whole download");
    assertEquals(List.of("out.zip"), filesIn(dir));
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void theServerNamesNoFileItWritesToTheTargetGiven() throws Exception {
    byte[] body = RawKibo.bytes(100, 1);
    server.handler((r, s) -> RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length
        + "\r\nContent-Disposition: attachment; filename=\"../../escaped.zip\"\r\n\r\n", body));
    Path inner = Files.createDirectory(dir.resolve("inner"));

    client().files().download("f1", inner.resolve("out.zip"));

    assertEquals(List.of("inner"), filesIn(dir));
    assertEquals(List.of("out.zip"), filesIn(inner));
  }
}

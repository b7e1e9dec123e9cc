package io.commerceclients.kibo.importexport.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.support.OpenFiles;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.files.FileUpload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads from sources that misbehave: a stream that throws mid-way, a file that grows or shrinks
 * while it is sent, an empty file, a directory or a FIFO, a listener that throws; and a download to
 * a caller's stream cut mid-way, which must never be resent into the same stream.
 */
class UploadSourcesTest {
  private static final byte[] UPLOADED = "{\"id\":\"file-1\",\"fileName\":\"x.zip\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  private RawKibo server;
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new RawKibo((r, s) -> RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + UPLOADED.length + "\r\n\r\n", UPLOADED));
  }

  @AfterEach
  void stop() throws IOException {
    clients.forEach(KiboImportExportClient::close);
    server.close();
  }

  /** A client that retries as the default does, without waiting. */
  private KiboImportExportClient client() {
    KiboImportExportClient c = KiboImportExportClient.builder().authHost(server.url()).tenantHost(server.url())
        .tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared").sleeper(d -> { }).build();
    clients.add(c);
    return c;
  }

  private Path file(String name, int size) throws IOException {
    return Files.write(dir.resolve(name), RawKibo.bytes(size, 0));
  }

  @Test
  void aStreamThatThrowsMidwayFailsTheUploadWithItsErrorAndIsSentOnceAndClosed() throws Exception {
    IOException broken = new IOException("disk went away");
    AtomicBoolean closed = new AtomicBoolean();
    InputStream content = new InputStream() {
      private int left = 300_000;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          throw broken;
        }
        int n = Math.min(len, left);
        left -= n;
        return n;
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };

    TransportException e = assertThrows(TransportException.class,
        () -> client().files().upload(content, "catalog.zip"));

    assertTrue(causes(e).contains(broken), e::toString);
    assertTrue(closed.get(), "the stream was closed");
    assertTrue(server.apiRequests().size() <= 1, "sent " + server.apiRequests().size() + " times");
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> all = new ArrayList<>();
    for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
      all.add(t);
    }
    return all;
  }

  @Test
  void anEmptyFileIsUploadedWithALengthOfZero() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.zip"));

    assertEquals("file-1", client().files().upload(empty).id().orElseThrow());

    RawKibo.Request sent = server.apiRequests().get(0);
    assertEquals("0", sent.header("Content-Length"));
    assertEquals(0, sent.body().length);
  }

  @Test
  void aDirectoryOrAFifoIsRefusedBeforeTheNetworkNamingTheFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");

    ValidationException e = assertThrows(ValidationException.class, () -> client().files().upload(folder));
    assertTrue(e.getMessage().contains("file") && e.getMessage().contains("regular"), e.getMessage());
    assertThrows(ValidationException.class, () -> client().files().upload(fifo));
    assertThrows(ValidationException.class, () -> client().files().upload(dir.resolve("missing.zip")));

    assertEquals(List.of(), server.apiRequests());
  }

  @Test
  void aFileThatGrowsWhileSentFailsTheUploadSayingSo() throws Exception {
    Path file = file("grows.zip", 600_000);
    AtomicBoolean grown = new AtomicBoolean();

    Throwable outcome = null;
    try {
      client().files().upload(FileUpload.builder().file(file).onProgress((sent, total) -> {
        if (grown.compareAndSet(false, true)) {
          try {
            Files.write(file, RawKibo.bytes(400_000, 9), StandardOpenOption.APPEND);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }).build());
    } catch (RuntimeException e) {
      outcome = e;
    }

    assertTrue(grown.get());
    assertTrue(outcome != null, "the upload failed");
    assertArrivedWholeOrFailed(outcome, Files.readAllBytes(file));
  }

  @Test
  void aFileThatShrinksWhileSentFailsTheUploadSayingSo() throws Exception {
    Path file = file("shrinks.zip", 900_000);
    AtomicBoolean shrunk = new AtomicBoolean();

    Throwable outcome = null;
    try {
      client().files().upload(FileUpload.builder().file(file).onProgress((sent, total) -> {
        if (shrunk.compareAndSet(false, true)) {
          try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(300_000);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }).build());
    } catch (RuntimeException e) {
      outcome = e;
    }

    assertTrue(shrunk.get());
    assertTrue(outcome != null, "the upload failed");
    assertArrivedWholeOrFailed(outcome, Files.readAllBytes(file));
  }

  /** Either the upload failed, or every request the server read whole carried the file as it now is. */
  private void assertArrivedWholeOrFailed(Throwable outcome, byte[] now) throws IOException {
    List<RawKibo.Request> sent = server.apiRequests();
    if (outcome == null) {
      RawKibo.Request last = sent.get(sent.size() - 1);
      assertArrayEquals(now, last.body(), "the upload that succeeded carried the file whole");
    } else {
      assertTrue(outcome instanceof TransportException, outcome::toString);
      assertTrue(outcome.getMessage().contains("changed while it was uploaded"), outcome.getMessage());
    }
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void aListenerThatThrowsAnErrorEndsTheUploadWithItAndItIsNotResent() throws Exception {
    Path file = file("catalog.zip", 700_000);
    AssertionError boom = new AssertionError("progress display broke");

    AssertionError e = assertThrows(AssertionError.class, () -> client().files().upload(
        FileUpload.builder().file(file).onProgress((sent, total) -> {
          throw boom;
        }).build()));

    assertSame(boom, e);
    assertTrue(server.apiRequests().size() <= 1);
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void aListenerThatThrowsAnExceptionIsDroppedAndTheFileArrivesWhole() throws Exception {
    Path file = file("catalog.zip", 700_000);
    List<Long> calls = new ArrayList<>();

    client().files().upload(FileUpload.builder().file(file).onProgress((sent, total) -> {
      calls.add(sent);
      throw new IllegalStateException("display broke");
    }).build());

    assertEquals(1, calls.size());
    assertArrayEquals(Files.readAllBytes(file), server.apiRequests().get(0).body());
  }

  @Test
  void uploadProgressIsMonotonicAndEndsAtTheFileSize() throws Exception {
    Path file = file("catalog.zip", 1_234_567);
    List<long[]> seen = new ArrayList<>();

    client().files().upload(FileUpload.builder().file(file)
        .onProgress((sent, total) -> seen.add(new long[] {sent, total})).build());

    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i)[0] > seen.get(i - 1)[0], "progress went back at call " + i);
    }
    assertTrue(seen.stream().allMatch(p -> p[1] == 1_234_567));
    assertEquals(1_234_567, seen.get(seen.size() - 1)[0]);
    assertEquals(List.of(), OpenFiles.under(dir));
  }

  @Test
  void aDownloadToACallersStreamCutMidwayIsNeverResentIntoIt() throws Exception {
    server.handler((r, s) -> {
      RawKibo.answer(s, "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n", RawKibo.bytes(300_000, 0));
      s.close();
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThrows(TransportException.class, () -> client().files().download("f1", out));

    assertEquals(1, server.apiRequests().size());
    assertTrue(out.size() <= 300_000, "the stream got " + out.size() + " bytes");
    byte[] got = out.toByteArray();
    assertArrayEquals(java.util.Arrays.copyOf(RawKibo.bytes(300_000, 0), got.length), got);
  }

  @Test
  void aStreamUploadIsReadOnceEvenWhenTheServerAnswers503() throws Exception {
    server.handler((r, s) -> RawKibo.answer(s, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n",
        new byte[0]));

    assertThrows(RuntimeException.class,
        () -> client().files().upload(new ByteArrayInputStream(RawKibo.bytes(1000, 0)), "x.zip"));

    assertEquals(1, server.apiRequests().size());
    assertFalse(server.apiRequests().isEmpty());
  }
}

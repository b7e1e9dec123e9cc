package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.RawServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers far larger than the heap: a client in a JVM with a 64 MiB heap gets typed exceptions
 * for a 1 GiB error body, a gzip bomb as error body and as JSON answer, a 1 GiB JSON page and a
 * declared 1 GiB length, and never runs out of memory.
 */
class BoundedMemoryTest {
  private static final long ONE_GIB = 1L << 30;

  private static byte[] gzipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 512; i++) {
        gzip.write(zeros);
      }
    }
    return bytes.toByteArray();
  }

  private static void chunked(RawServer.Exchange x, int status, long total) throws IOException {
    x.write("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    OutputStream out = x.out();
    byte[] chunk = "[{\"id\":\"0123456789\"},".repeat(3000).getBytes(StandardCharsets.US_ASCII);
    byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    for (long sent = 0; sent < total; sent += chunk.length) {
      out.write(head);
      out.write(chunk);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void gzipped(RawServer.Exchange x, int status, byte[] bomb) throws IOException {
    x.write("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        + "Content-Length: " + bomb.length + "\r\n\r\n");
    x.out().write(bomb);
    x.out().flush();
  }

  @Test
  void answersLargerThanTheHeapEndInTypedExceptions() throws Exception {
    byte[] bomb = gzipBomb();
    assertTrue(bomb.length < 1 << 20, "the bomb is small on the wire: " + bomb.length);
    try (RawServer server = new RawServer(x -> {
      String path = x.requestLine.split(" ")[1];
      if (path.endsWith("/error-1gib")) {
        chunked(x, 500, ONE_GIB);
      } else if (path.endsWith("/error-bomb")) {
        gzipped(x, 500, bomb);
      } else if (path.endsWith("/page-1gib")) {
        chunked(x, 200, ONE_GIB);
      } else if (path.endsWith("/page-bomb")) {
        gzipped(x, 200, bomb);
      } else if (path.endsWith("-300-1gib")) {
        chunked(x, 300, ONE_GIB);
      } else {
        x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + ONE_GIB + "\r\n\r\n[");
        x.socket.close();
      }
    })) {
      String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
          "-cp", System.getProperty("java.class.path"), BoundedMemoryMain.class.getName(), server.url(),
          "error-1gib", "error-bomb", "page-1gib", "page-bomb", "declared-1gib", "page-300-1gib", "download-300-1gib"));
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue(), output);
      assertTrue(output.contains("error-1gib ServerException raw=65536"), output);
      assertTrue(output.contains("error-bomb ServerException raw=65536"), output);
      assertTrue(output.contains("page-1gib ProtocolException"), output);
      assertTrue(output.contains("page-bomb ProtocolException"), output);
      assertTrue(output.contains("declared-1gib ProtocolException"), output);
      assertTrue(output.contains("page-300-1gib UnexpectedStatusException raw=65536"), output);
      assertTrue(output.contains("download-300-1gib UnexpectedStatusException raw=65536"), output);
      assertTrue(output.contains("over the 16777216-byte cap (maxResponseBodySize)"), output);
    }
  }
}

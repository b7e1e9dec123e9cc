package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.RawServer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File transfers reuse a bounded set of direct buffers: 40 uploads and 40 downloads of a file
 * larger than one buffer, over loopback, fit in 4 MiB of direct memory in a JVM whose large heap is
 * never collected on demand (a direct buffer per transfer would need 20 MiB).
 */
class DirectMemoryTest {
  private static final int SIZE = 300_000;
  private static final int ROUNDS = 40;

  @Test
  void manyTransfersFitInASmallDirectMemory(@TempDir Path dir) throws Exception {
    byte[] content = new byte[SIZE];
    new Random(7).nextBytes(content);
    Path file = Files.write(dir.resolve("file.bin"), content);
    try (RawServer server = new RawServer(x -> {
      OutputStream out = x.out();
      if (x.requestLine.startsWith("GET ")) {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + SIZE + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        out.write(content);
      } else {
        out.write(("HTTP/1.1 " + (x.body.length() == SIZE ? "200 OK" : "400 Bad") + "\r\nContent-Length: 0\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
      }
      out.flush();
    })) {
      String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(List.of(javaBin, "-Xmx512m", "-Xmn256m", "-XX:+UseSerialGC",
          "-XX:MaxDirectMemorySize=4m", "-XX:+DisableExplicitGC", "-cp", System.getProperty("java.class.path"),
          DirectMemoryMain.class.getName(), server.url(), file.toString(), Integer.toString(ROUNDS)))
          .redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue(), output);
      assertTrue(output.contains("transfers done: " + ROUNDS + ", downloaded " + SIZE + " bytes"), output);
      assertEquals(2 * ROUNDS, server.exchanges().size());
      assertTrue(server.exchanges().stream().filter(x -> x.requestLine.startsWith("PUT /up "))
          .allMatch(x -> x.body.length() == SIZE), "every upload arrived whole");
    }
  }
}

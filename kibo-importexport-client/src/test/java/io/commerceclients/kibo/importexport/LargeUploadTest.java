package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.kibo.FakeKibo;
import java.nio.file.Files;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads 200 MB from a JVM whose heap is capped at 64 MB: the upload only succeeds if the client
 * streams the file instead of reading it into memory.
 */
class LargeUploadTest {
  private static final long SIZE = 200L * 1024 * 1024;

  @RegisterExtension
  static final FakeKibo KIBO = new FakeKibo();

  @Test
  void uploads200MegabytesWithA64MegabyteHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("large.zip");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.write(new byte[] {'P', 'K', 3, 4});
      raf.setLength(SIZE);
    }
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(javaBin, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), LargeUploadMain.class.getName(),
        KIBO.baseUrl(), Long.toString(KIBO.tenantId()), KIBO.clientId(), KIBO.sharedSecret(), file.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    boolean finished = child.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly();
    }
    String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

    assertTrue(finished, "the upload did not finish: " + output);
    assertEquals(0, child.exitValue(), output);
    String line = output.lines().filter(l -> l.startsWith("uploaded ")).findFirst().orElseThrow(() -> new AssertionError(output));
    String[] parts = line.split(" ");
    assertTrue(Long.parseLong(parts[3].substring("maxHeap=".length())) < 100L * 1024 * 1024, line);
    assertEquals(SIZE, KIBO.storedFileSize(parts[1]).orElseThrow());
    assertEquals(SIZE, KIBO.storedFileSize(parts[2]).orElseThrow());
    
  }
}

package io.commerceclients.core.hostile;

import io.commerceclients.core.internal.io.Downloads;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.support.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.Request;

/**
 * Run by {@link DirectMemoryTest} in a JVM whose direct memory is far smaller than the transfers'
 * buffers would add up to, and that never collects garbage on demand: uploads and downloads a file
 * {@code rounds} times and prints how it went.
 */
public final class DirectMemoryMain {
  private DirectMemoryMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path file = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path target = file.resolveSibling("downloaded.bin");
    try (TestClient c = TestClient.builder().baseUrl(url).maxRetries(0).build()) {
      for (int i = 0; i < rounds; i++) {
        Downloads.toPath(c.transport.executeStreaming(c.api.download("f")), target, null, Long.MAX_VALUE);
        Request upload = new Request.Builder().url(url + "/up")
            .put(StreamingBodies.fromPath(file, MediaType.get("application/octet-stream"), null)).build();
        c.transport.executeRaw(c.transport.storageClient(), upload).close();
      }
      System.out.println("transfers done: " + rounds + ", downloaded " + Files.size(target) + " bytes");
    } catch (Throwable t) {
      System.out.println("transfers failed: " + t);
    }
  }
}

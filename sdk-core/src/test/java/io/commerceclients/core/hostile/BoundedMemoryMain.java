package io.commerceclients.core.hostile;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.support.TestClient;

/**
 * Run by {@link BoundedMemoryTest} in a JVM with a 64 MiB heap: calls each hostile path (as a
 * streaming download when it starts with {@code download-}) and prints the outcome.
 */
public final class BoundedMemoryMain {
  private BoundedMemoryMain() {}

  public static void main(String[] args) {
    try (TestClient c = TestClient.builder().baseUrl(args[0]).maxRetries(0).build()) {
      for (int i = 1; i < args.length; i++) {
        String path = args[i];
        try {
          if (path.startsWith("download-")) {
            c.transport.executeStreaming(c.api.download(path)).close();
          } else {
            c.transport.execute(c.api.get(path));
          }
          System.out.println(path + " succeeded");
        } catch (ApiException e) {
          System.out.println(path + " " + e.getClass().getSimpleName() + " raw=" + e.rawBody().map(String::length).orElse(0)
              + " " + e.getMessage().replace('\n', ' '));
        }
      }
    }
  }
}

package io.commerceclients.kibo.importexport;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link LargeUploadTest} in a JVM with a 64 MB heap: uploads a large file to a running
 * FakeKibo from a {@code Path} and from an {@code InputStream}, and prints the two file ids.
 */
public final class LargeUploadMain {
  private LargeUploadMain() {}

  public static void main(String[] args) throws Exception {
    try (KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(args[0]).tenantId(Long.parseLong(args[1])).clientId(args[2]).sharedSecret(args[3])
        .build()) {
      Path file = Path.of(args[4]);
      String fromPath = client.files().upload(file).id().orElseThrow();
      String fromStream;
      try (InputStream in = Files.newInputStream(file)) {
        fromStream = client.files().upload(in, "stream.zip").id().orElseThrow();
      }
      System.out.println("uploaded " + fromPath + " " + fromStream
          + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }
  }
}

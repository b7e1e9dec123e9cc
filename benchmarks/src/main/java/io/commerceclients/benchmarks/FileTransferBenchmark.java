package io.commerceclients.benchmarks;

import io.commerceclients.testing.kibo.FakeKibo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Benchmark 3: a 1 GiB upload to the Kibo fake and its download back, in a JVM capped at 128 MB. */
final class FileTransferBenchmark {
  private static final int ROUNDS = 3;

  private FileTransferBenchmark() {}

  static List<Measurement> run(long bytes) throws Exception {
    Path dir = Files.createTempDirectory("cc-bench-files");
    Path source = dir.resolve("source.bin");
    write(source, bytes);
    try {
      List<Map<String, Double>> sdk = new ArrayList<>();
      List<Map<String, Double>> base = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        if (round % 2 == 0) {
          base.add(round("baseline", source, dir));
          sdk.add(round("sdk", source, dir));
        } else {
          sdk.add(round("sdk", source, dir));
          base.add(round("baseline", source, dir));
        }
      }
      String name = "3. Kibo " + (bytes >> 20) + " MB file, -Xmx128m (median of " + ROUNDS + ")";
      List<Measurement> out = new ArrayList<>();
      out.add(new Measurement(name, "upload MB/s", median(sdk, "uploadMBps"), median(base, "uploadMBps"), true));
      out.add(new Measurement(name, "download MB/s", median(sdk, "downloadMBps"), median(base, "downloadMBps"), true));
      out.add(new Measurement(name, "peak heap MB", median(sdk, "peakHeapMb"), median(base, "peakHeapMb"), false));
      return out;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static double median(List<Map<String, Double>> runs, String key) {
    return KilibaImportBenchmark.median(runs.stream().mapToDouble(r -> r.get(key)).toArray());
  }

  private static Map<String, Double> round(String mode, Path source, Path dir) throws Exception {
    Path target = dir.resolve("download-" + mode + ".bin");
    try (FakeKibo kibo = FakeKibo.started()) {
      return ForkedJvm.run("128m", FileTransfer.class, kibo.baseUrl(), Long.toString(kibo.tenantId()), kibo.clientId(),
          kibo.sharedSecret(), mode, source.toString(), target.toString());
    } finally {
      Files.deleteIfExists(target);
    }
  }

  private static void write(Path file, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 20];
    new Random(1).nextBytes(chunk);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < bytes; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
      }
    }
  }
}

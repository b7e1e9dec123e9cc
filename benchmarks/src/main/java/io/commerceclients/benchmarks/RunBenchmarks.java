package io.commerceclients.benchmarks;

import io.commerceclients.testing.kiliba.FakeKiliba;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmarks: each runs the SDK and a hand-written OkHttp + Jackson baseline against the
 * same loopback fake in the same run and prints both figures and their ratio (above 1: the SDK is
 * better). Arguments select benchmarks: {@code import iterate files latency coldstart footprint}
 * (default {@code all}), and {@code --quick} for smaller sizes.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    List<String> names = new ArrayList<>();
    boolean quick = false;
    for (String arg : String.join(" ", args).trim().split("\\s+")) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (!arg.isEmpty() && !arg.equals("all")) {
        names.add(arg.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> wanted = names.isEmpty() ? Set.of("import", "iterate", "files", "latency", "coldstart", "footprint") : Set.copyOf(names);
    List<Measurement> results = new ArrayList<>();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    try (FakeKiliba kiliba = FakeKiliba.started()) {
      if (wanted.contains("import")) {
        System.out.println("Running 1. Kiliba bulk import ...");
        results.addAll(new KilibaImportBenchmark(kiliba, quick ? 20_000 : 200_000).run());
      }
      if (wanted.contains("iterate")) {
        System.out.println("Running 2. Kiliba customer iteration (child JVMs, -Xmx128m) ...");
        results.addAll(new CustomerIterationBenchmark(kiliba, quick ? 100_000 : 1_000_000).run());
      }
      if (wanted.contains("files")) {
        System.out.println("Running 3. Kibo file upload and download (child JVMs, -Xmx128m) ...");
        results.addAll(FileTransferBenchmark.run(quick ? 128L << 20 : 1L << 30));
      }
      if (wanted.contains("latency")) {
        System.out.println("Running 4. Small GET round trip ...");
        results.addAll(new LatencyBenchmark(kiliba, quick ? 2_000 : 20_000, quick ? 5_000 : 30_000).run());
      }
      if (wanted.contains("coldstart")) {
        System.out.println("Running 5. Cold start (fresh JVMs) ...");
        results.addAll(new StartupBenchmark(kiliba, quick ? 4 : 10).coldStart());
      }
      if (wanted.contains("footprint")) {
        System.out.println("Running 6. Footprint (child JVMs) ...");
        results.addAll(new StartupBenchmark(kiliba, 0).footprint());
      }
      results.addAll(AsyncThroughputBenchmark.runIf(names.isEmpty() || wanted.contains("async"), quick));
    }
    System.out.println();
    System.out.println("| benchmark | metric | SDK | baseline | SDK vs baseline |");
    System.out.println("| --- | --- | --- | --- | --- |");
    results.forEach(m -> System.out.println(m.row()));
    System.out.println();
    System.out.println("Ratio: SDK relative to the baseline, above 1 is better for the SDK (for latency and heap, baseline / SDK).");
    System.out.printf(Locale.ROOT, "Machine: %d cores, Java %s (%s), max heap of this JVM %d MB.%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "System load average (1 min): %.2f at the start, %.2f at the end.%n", loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}

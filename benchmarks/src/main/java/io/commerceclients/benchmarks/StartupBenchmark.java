package io.commerceclients.benchmarks;

import io.commerceclients.testing.kiliba.FakeKiliba;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks 5 and 6: the cold start of a short-lived job (a fresh JVM that builds a client and reads
 * one small page, timed as a whole process, median of 10 runs alternating SDK and baseline), and the
 * footprint of an idle client and of one that made a call.
 */
final class StartupBenchmark {
  private final FakeKiliba fake;
  private final int runs;

  StartupBenchmark(FakeKiliba fake, int runs) {
    this.fake = fake;
    this.runs = runs;
  }

  List<Measurement> coldStart() throws Exception {
    fake.customers().clear();
    fake.customers().addGenerated(10);
    process("sdk");
    process("baseline");
    double[] sdk = new double[runs];
    double[] base = new double[runs];
    for (int i = 0; i < runs; i++) {
      if (i % 2 == 0) {
        base[i] = process("baseline");
        sdk[i] = process("sdk");
      } else {
        sdk[i] = process("sdk");
        base[i] = process("baseline");
      }
    }
    System.out.println("   cold start ms, SDK " + Arrays.toString(sdk) + ", baseline " + Arrays.toString(base));
    return List.of(new Measurement("5. Cold start: new JVM, build client, read 10 customers (median of " + runs + ")",
        "process ms", KilibaImportBenchmark.median(sdk), KilibaImportBenchmark.median(base), false));
  }

  List<Measurement> footprint() throws Exception {
    fake.customers().clear();
    fake.customers().addGenerated(10);
    Map<String, Double> sdk = ForkedJvm.run("128m", Footprint.class, fake.baseUrl(), fake.apiKey(), "sdk");
    Map<String, Double> base = ForkedJvm.run("128m", Footprint.class, fake.baseUrl(), fake.apiKey(), "baseline");
    List<Measurement> out = new ArrayList<>();
    String idle = "6. Footprint of an idle client";
    String called = "   same, after one call";
    for (String[] row : new String[][] {{idle, "idle"}, {called, "called"}}) {
      out.add(new Measurement(row[0], "retained heap KB", sdk.get(row[1] + "HeapKb"), base.get(row[1] + "HeapKb"), false));
      out.add(new Measurement(row[0], "threads started", sdk.get(row[1] + "Threads"), base.get(row[1] + "Threads"), false));
      out.add(new Measurement(row[0], "classes loaded", sdk.get(row[1] + "Classes"), base.get(row[1] + "Classes"), false));
      out.add(new Measurement(row[0], "metaspace KB", sdk.get(row[1] + "MetaspaceKb"), base.get(row[1] + "MetaspaceKb"), false));
    }
    return out;
  }

  /** Runs one cold start and returns its wall time in milliseconds. */
  private double process(String mode) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java", "-cp", System.getProperty("java.class.path")));
    String extra = System.getProperty("bench.childJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of(ColdStart.class.getName(), fake.baseUrl(), fake.apiKey(), mode));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int exit = process.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException("cold start (" + mode + ") exited with " + exit);
    }
    return millis;
  }
}

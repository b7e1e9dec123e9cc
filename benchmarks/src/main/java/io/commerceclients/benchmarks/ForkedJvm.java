package io.commerceclients.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a main class in a child JVM with a capped heap and reads back the {@code RESULT key=value}
 * lines it prints, so heap-bounded work is measured apart from the fakes that serve it. The system
 * property {@code bench.childJvmArgs} adds JVM options to the child (for example a profiler).
 */
final class ForkedJvm {
  private ForkedJvm() {}

  static Map<String, Double> run(String heap, Class<?> main, String... args) throws IOException, InterruptedException {
    return run(List.of("-Xmx" + heap, "-XX:+UseSerialGC"), main, args);
  }

  /** Runs {@code main} in a child JVM with the JVM's default heap and collector. */
  static Map<String, Double> runWithDefaults(Class<?> main, String... args) throws IOException, InterruptedException {
    return run(List.of(), main, args);
  }

  private static Map<String, Double> run(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(jvmOptions);
    String extra = System.getProperty("bench.childJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, Double> results = new LinkedHashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          String[] kv = line.substring(7).split("=", 2);
          results.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
        } else {
          System.out.println("   [child] " + line);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(main.getSimpleName() + " exited with " + exit);
    }
    return results;
  }

  /** Prints a result line for the parent to read. */
  static void report(String key, double value) {
    System.out.println("RESULT " + key + "=" + value);
  }
}

package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Benchmark 4: a small GET round trip (one customer), median and p99 latency in microseconds,
 * measured two ways: both clients interleaved call by call in this JVM, and each alone in JVMs of
 * its own ({@link LatencyProbe}, {@value #FORKS} of each, alternating; the median of their medians),
 * as JMH measures.
 */
final class LatencyBenchmark {
  static final int FORKS = 5;

  private final FakeKiliba fake;
  private final int calls;
  private final int warmUp;

  LatencyBenchmark(FakeKiliba fake, int calls, int warmUp) {
    this.fake = fake;
    this.calls = calls;
    this.warmUp = warmUp;
  }

  /** Runs both measurements. */
  List<Measurement> run() throws Exception {
    List<Measurement> out = new ArrayList<>(interleaved());
    out.addAll(forked());
    return out;
  }

  private List<Measurement> forked() throws Exception {
    double[][] sdk = new double[2][FORKS];
    double[][] base = new double[2][FORKS];
    for (int fork = 0; fork < FORKS; fork++) {
      fake.clearRequests();
      Map<String, Double> s = ForkedJvm.runWithDefaults(LatencyProbe.class, fake.baseUrl(), fake.apiKey(), "sdk",
          String.valueOf(calls), String.valueOf(warmUp));
      fake.clearRequests();
      Map<String, Double> b = ForkedJvm.runWithDefaults(LatencyProbe.class, fake.baseUrl(), fake.apiKey(), "baseline",
          String.valueOf(calls), String.valueOf(warmUp));
      sdk[0][fork] = s.get("median");
      sdk[1][fork] = s.get("p99");
      base[0][fork] = b.get("median");
      base[1][fork] = b.get("p99");
      System.out.printf(Locale.ROOT, "   fork %d: median %.1f µs (SDK) vs %.1f µs (baseline)%n", fork + 1,
          sdk[0][fork], base[0][fork]);
    }
    String name = "4. Small GET, each client in its own JVMs (" + FORKS + " of each)";
    return List.of(
        new Measurement(name, "median µs", median(sdk[0]), median(base[0]), false),
        new Measurement(name, "p99 µs", median(sdk[1]), median(base[1]), false));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private List<Measurement> interleaved() throws Exception {
    fake.customers().clear();
    fake.customers().addGenerated(10);
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = new ObjectMapper();
    Request request = new Request.Builder().url(fake.baseUrl() + "/client/v1/customers/paginated?limit=1&page=1")
        .header("X-API-Key", fake.apiKey()).build();
    ListCustomersRequest one = ListCustomersRequest.builder().limit(1).page(1).build();
    long[] sdk = new long[calls];
    long[] base = new long[calls];
    try (KilibaClient client = KilibaClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
      // Warm both up to steady state: the SDK's deeper call stack needs more calls than 3,000 before
      // the JIT has compiled it all (JMH's SmallGetBenchmark, warmed for seconds, agrees with this).
      for (int i = 0; i < warmUp; i++) {
        client.customers().list(one);
        baseline(http, mapper, request);
      }
      fake.clearRequests();
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        client.customers().list(one);
        long t1 = System.nanoTime();
        baseline(http, mapper, request);
        long t2 = System.nanoTime();
        sdk[i] = t1 - t0;
        base[i] = t2 - t1;
      }
    } finally {
      http.dispatcher().executorService().shutdown();
    }
    Arrays.sort(sdk);
    Arrays.sort(base);
    String name = "4. Small GET, both clients interleaved in one JVM";
    return List.of(
        new Measurement(name, "median µs", sdk[calls / 2] / 1000.0, base[calls / 2] / 1000.0, false),
        new Measurement(name, "p99 µs", sdk[calls * 99 / 100] / 1000.0, base[calls * 99 / 100] / 1000.0, false));
  }

  /** The baseline's call: OkHttp and a Jackson tree. */
  static void baseline(OkHttpClient http, ObjectMapper mapper, Request request) throws Exception {
    try (Response response = http.newCall(request).execute()) {
      JsonNode body = mapper.readTree(response.body().byteStream());
      if (body.path("customers").size() != 1) {
        throw new IllegalStateException("unexpected answer");
      }
    }
  }
}

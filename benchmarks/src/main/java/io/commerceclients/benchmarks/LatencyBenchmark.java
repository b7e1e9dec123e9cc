package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.Arrays;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Benchmark 4: a small GET round trip (one customer), median and p99 latency in microseconds. */
final class LatencyBenchmark {
  private final FakeKiliba fake;
  private final int calls;
  private final int warmUp;

  LatencyBenchmark(FakeKiliba fake, int calls, int warmUp) {
    this.fake = fake;
    this.calls = calls;
    this.warmUp = warmUp;
  }

  List<Measurement> run() throws Exception {
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
    String name = "4. Small GET round trip";
    return List.of(
        new Measurement(name, "median µs", sdk[calls / 2] / 1000.0, base[calls / 2] / 1000.0, false),
        new Measurement(name, "p99 µs", sdk[calls * 99 / 100] / 1000.0, base[calls * 99 / 100] / 1000.0, false));
  }

  private static void baseline(OkHttpClient http, ObjectMapper mapper, Request request) throws Exception {
    try (Response response = http.newCall(request).execute()) {
      JsonNode body = mapper.readTree(response.body().byteStream());
      if (body.path("customers").size() != 1) {
        throw new IllegalStateException("unexpected answer");
      }
    }
  }
}

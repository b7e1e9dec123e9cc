package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import java.util.Arrays;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One side of benchmark 4 in a JVM of its own, as JMH forks: only the SDK's or only the
 * baseline's code is warmed and measured, so neither shapes the JIT's profile of the other's.
 * Arguments: base URL, API key, {@code sdk|baseline}, calls, warm-up calls. Reports the median and
 * p99 in microseconds.
 */
public final class LatencyProbe {
  private LatencyProbe() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String key = args[1];
    boolean sdk = args[2].equals("sdk");
    int calls = Integer.parseInt(args[3]);
    int warmUp = Integer.parseInt(args[4]);
    long[] took = new long[calls];
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = new ObjectMapper();
    Request request = new Request.Builder().url(baseUrl + "/client/v1/customers/paginated?limit=1&page=1")
        .header("X-API-Key", key).build();
    ListCustomersRequest one = ListCustomersRequest.builder().limit(1).page(1).build();
    try (KilibaClient client = KilibaClient.builder().apiKey(key).baseUrl(baseUrl).build()) {
      for (int i = 0; i < warmUp + calls; i++) {
        long t0 = System.nanoTime();
        if (sdk) {
          client.customers().list(one);
        } else {
          LatencyBenchmark.baseline(http, mapper, request);
        }
        if (i >= warmUp) {
          took[i - warmUp] = System.nanoTime() - t0;
        }
      }
    }
    Arrays.sort(took);
    ForkedJvm.report("median", took[calls / 2] / 1000.0);
    ForkedJvm.report("p99", took[calls * 99 / 100] / 1000.0);
    System.exit(0);
  }
}

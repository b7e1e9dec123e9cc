package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs in a child JVM with a 128 MB heap: iterates every customer of a running FakeKiliba through
 * the SDK or through hand-written OkHttp and Jackson (data-bound to a plain class, as a hand-written
 * client would), and reports items per second and peak heap.
 * Arguments: base URL, API key, {@code sdk|baseline}, expected count.
 */
public final class CustomerIteration {
  private CustomerIteration() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String key = args[1];
    boolean sdk = args[2].equals("sdk");
    long expected = Long.parseLong(args[3]);
    System.gc();
    PeakHeap.reset();
    long start = System.nanoTime();
    long count = sdk ? viaSdk(baseUrl, key) : viaBaseline(baseUrl, key);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (count != expected) {
      throw new IllegalStateException("iterated " + count + " customers, expected " + expected);
    }
    ForkedJvm.report("itemsPerSecond", count / seconds);
    ForkedJvm.report("peakHeapMb", PeakHeap.bytes() / (1024.0 * 1024.0));
    System.exit(0);
  }

  private static long viaSdk(String baseUrl, String key) {
    long count = 0;
    long checksum = 0;
    try (KilibaClient client = KilibaClient.builder().apiKey(key).baseUrl(baseUrl).build()) {
      for (Customer c : client.customers().listAll(ListCustomersRequest.builder().limit(1000).build())) {
        count++;
        checksum += c.email().map(String::length).orElse(0);
      }
    }
    return checksum > 0 ? count : -1;
  }

  private static long viaBaseline(String baseUrl, String key) throws Exception {
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    long count = 0;
    long checksum = 0;
    long total = Long.MAX_VALUE;
    for (int page = 1; count < total; page++) {
      Request request = new Request.Builder()
          .url(baseUrl + "/client/v1/customers/paginated?limit=1000&page=" + page).header("X-API-Key", key).build();
      try (Response response = http.newCall(request).execute()) {
        BaselineCustomerPage body = mapper.readValue(response.body().byteStream(), BaselineCustomerPage.class);
        total = body.total;
        if (body.customers == null || body.customers.isEmpty()) {
          break;
        }
        for (BaselineCustomerPage.Row c : body.customers) {
          count++;
          checksum += c.email == null ? 0 : c.email.length();
        }
      }
    }
    http.dispatcher().executorService().shutdown();
    return checksum > 0 ? count : -1;
  }
}

package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A fresh JVM's whole life as a short-lived job: build a client, read one small page of customers
 * (ten), exit. Timed from outside as a whole process. Arguments: base URL, API key, {@code
 * sdk|baseline}.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    int read = args[2].equals("sdk") ? viaSdk(args[0], args[1]) : viaBaseline(args[0], args[1]);
    if (read != 10) {
      throw new IllegalStateException("read " + read + " customers, expected 10");
    }
    System.exit(0);
  }

  static int viaSdk(String baseUrl, String key) {
    try (KilibaClient client = KilibaClient.builder().apiKey(key).baseUrl(baseUrl).build()) {
      CustomerPage page = client.customers().list(ListCustomersRequest.builder().limit(10).page(1).build());
      return page.customers().size();
    }
  }

  static int viaBaseline(String baseUrl, String key) throws Exception {
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    Request request = new Request.Builder().url(baseUrl + "/client/v1/customers/paginated?limit=10&page=1")
        .header("X-API-Key", key).build();
    try (Response response = http.newCall(request).execute()) {
      BaselineCustomerPage page = mapper.readValue(response.body().byteStream(), BaselineCustomerPage.class);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      return page.customers.size();
    }
  }
}

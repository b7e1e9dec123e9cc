package io.commerceclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectReader;
import io.commerceclients.benchmarks.BaselineCustomerPage;
import io.commerceclients.core.json.Json;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one page of Kiliba customers, as the fake serves it: into the SDK's immutable models with
 * the SDK's mapper, and into plain public-field classes with Jackson and JavaTimeModule.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CustomerPageDecodingBenchmark {
  @Param({"100", "1000"})
  public int customers;

  private byte[] page;
  private ObjectReader sdkReader;
  private ObjectReader plainReader;

  /** Fetches one page from a fake once. */
  @Setup
  public void fetchPage() throws IOException {
    try (FakeKiliba fake = FakeKiliba.started()) {
      fake.customers().addGenerated(customers);
      OkHttpClient http = new OkHttpClient();
      Request request = new Request.Builder()
          .url(fake.baseUrl() + "/client/v1/customers/paginated?limit=" + customers + "&page=1")
          .header("X-API-Key", fake.apiKey()).build();
      try (Response response = http.newCall(request).execute()) {
        page = response.body().bytes();
      }
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    sdkReader = Json.mapper().readerFor(CustomerPage.class);
    plainReader = PlainJson.mapper().readerFor(BaselineCustomerPage.class);
  }

  /** Into the SDK's models (what Retrofit's converter does). */
  @Benchmark
  public CustomerPage sdkModels() throws IOException {
    return sdkReader.readValue(page);
  }

  /** Into plain classes, as a hand-written client would. */
  @Benchmark
  public BaselineCustomerPage plainClasses() throws IOException {
    return plainReader.readValue(page);
  }
}

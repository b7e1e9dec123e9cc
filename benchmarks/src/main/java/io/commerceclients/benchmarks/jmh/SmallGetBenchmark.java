package io.commerceclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.commerceclients.benchmarks.BaselineCustomerPage;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One small GET (a page of one customer) against a loopback FakeKiliba: the SDK's typed call against
 * hand-written OkHttp reading the answer as a Jackson tree, and as plain classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmallGetBenchmark {
  private FakeKiliba fake;
  private KilibaClient client;
  private OkHttpClient http;
  private ObjectMapper mapper;
  private ObjectReader plainReader;
  private ListCustomersRequest one;

  /** Starts the fake with ten customers and both clients. */
  @Setup
  public void start() {
    fake = FakeKiliba.started();
    fake.customers().addGenerated(10);
    client = KilibaClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
    http = new OkHttpClient();
    mapper = new ObjectMapper();
    plainReader = PlainJson.mapper().readerFor(BaselineCustomerPage.class);
    one = ListCustomersRequest.builder().limit(1).page(1).build();
  }

  /** Stops the clients and the fake. */
  @TearDown
  public void stop() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    fake.close();
  }

  /** The SDK: validation, Retrofit, the interceptors, decoding into the immutable model. */
  @Benchmark
  public CustomerPage sdk() {
    return client.customers().list(one);
  }

  /** By hand: OkHttp and a Jackson tree, as the end-to-end latency benchmark's baseline. */
  @Benchmark
  public JsonNode baselineTree() throws IOException {
    try (Response response = http.newCall(request()).execute()) {
      return mapper.readTree(response.body().byteStream());
    }
  }

  /** By hand: OkHttp and Jackson binding to plain classes with JavaTimeModule. */
  @Benchmark
  public BaselineCustomerPage baselinePlainClasses() throws IOException {
    try (Response response = http.newCall(request()).execute()) {
      return plainReader.readValue(response.body().byteStream());
    }
  }

  private Request request() {
    return new Request.Builder().url(fake.baseUrl() + "/client/v1/customers/paginated?limit=1&page=1")
        .header("X-API-Key", fake.apiKey()).build();
  }
}

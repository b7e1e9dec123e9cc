package io.commerceclients.kiliba.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the default options (one request in flight) the calling thread builds the next batch while
 * the current one is sent, yet the requests never overlap and reach Kiliba in input order, so an
 * item sent twice ends as its later version.
 */
class ImportPipeliningTest {

  private static final int ITEMS = 1_000;
  private static final int PER_BATCH = 100;

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private KilibaClient client;

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void withOneRequestInFlightTheNextBatchIsBuiltWhileTheRequestsStayInInputOrder() {
    AtomicInteger read = new AtomicInteger();
    InFlight inFlight = new InFlight(read);
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(inFlight).build()).build();
    // The last item updates the first: sent in input order, its later version is the one Kiliba keeps.
    List<Product> input = new ArrayList<>();
    IntStream.range(0, ITEMS - 1).mapToObj(KilibaFaultMatrixTest::product).forEach(input::add);
    input.add(Product.builder().from(input.get(0)).putName("en", "Product 0, renamed").build());

    ImportReport<Product> report = client.imports().products().send(input.stream().peek(p -> read.incrementAndGet()),
        ImportOptions.builder().maxItemsPerBatch(PER_BATCH).build());

    assertTrue(report.isSuccessful(), report.toString());
    assertEquals(ITEMS / PER_BATCH, inFlight.firstIds.size());
    assertEquals(1, inFlight.most.get(), "requests in flight at once");
    List<String> expected = new ArrayList<>();
    for (int b = 0; b < ITEMS / PER_BATCH; b++) {
      expected.add("p" + b * PER_BATCH);
    }
    assertEquals(expected, inFlight.firstIds);
    assertTrue(inFlight.readWhileFirstWasInFlight > PER_BATCH,
        "the second batch was built while the first was in flight: " + inFlight.readWhileFirstWasInFlight + " items read");
    assertEquals("Product 0, renamed",
        kiliba.imports().record(Resource.PRODUCTS, "p0").orElseThrow().get("name").toString().replaceAll("^\\{en=|}$", ""));
  }

  /**
   * Counts the import requests in flight and notes the first id of each; it holds the first request
   * until the caller's source has been read past the first batch (for at most 10 seconds).
   */
  private static final class InFlight implements Interceptor {
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicInteger read;
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final List<String> firstIds = Collections.synchronizedList(new ArrayList<>());
    private volatile int readWhileFirstWasInFlight;

    InFlight(AtomicInteger read) {
      this.read = read;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      if (!chain.request().url().encodedPath().contains("/import/")) {
        return chain.proceed(chain.request());
      }
      most.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        Buffer body = new Buffer();
        chain.request().body().writeTo(body);
        JsonNode items = mapper.readTree(body.readByteArray());
        firstIds.add(items.get(0).get("id").asText());
        if (firstIds.size() == 1) {
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          while (read.get() <= PER_BATCH && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
          }
          readWhileFirstWasInFlight = read.get();
        }
        return chain.proceed(chain.request());
      } finally {
        now.decrementAndGet();
      }
    }
  }
}

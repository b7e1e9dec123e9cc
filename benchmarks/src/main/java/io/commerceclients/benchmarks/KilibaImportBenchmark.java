package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Benchmark 1: a bulk import of 200,000 products, items per second. */
final class KilibaImportBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int ROUNDS = 5;
  private final FakeKiliba fake;
  private final int items;

  KilibaImportBenchmark(FakeKiliba fake, int items) {
    this.fake = fake;
    this.items = items;
  }

  List<Measurement> run() throws IOException {
    KilibaClient client = KilibaClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = new ObjectMapper();
    try (client) {
      sdk(client, 20_000);
      baseline(http, mapper, 20_000);
      double[] sdkRuns = new double[ROUNDS];
      double[] baseRuns = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        if (round % 2 == 0) {
          baseRuns[round] = baseline(http, mapper, items);
          sdkRuns[round] = sdk(client, items);
        } else {
          sdkRuns[round] = sdk(client, items);
          baseRuns[round] = baseline(http, mapper, items);
        }
      }
      return List.of(new Measurement("1. Kiliba import, " + items + " products (median of " + ROUNDS + ")", "items/s",
          median(sdkRuns), median(baseRuns), true));
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private double sdk(KilibaClient client, int count) {
    fake.imports().clear();
    System.gc();
    long start = System.nanoTime();
    ImportReport<Product> report = client.imports().products().send(Products.models(count));
    double seconds = (System.nanoTime() - start) / 1e9;
    check(report.isSuccessful() && fake.imports().count(FakeKilibaImports.Resource.PRODUCTS) == count, "SDK import incomplete");
    return count / seconds;
  }

  private double baseline(OkHttpClient http, ObjectMapper mapper, int count) throws IOException {
    fake.imports().clear();
    System.gc();
    long start = System.nanoTime();
    List<Map<String, Object>> batch = new ArrayList<>(1000);
    for (int i = 0; i < count; i++) {
      batch.add(Products.map(i));
      if (batch.size() == 1000 || i == count - 1) {
        byte[] body = mapper.writeValueAsBytes(batch);
        Request request = new Request.Builder().url(fake.baseUrl() + "/client/v1/import/products")
            .header("X-API-Key", fake.apiKey()).post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
          JsonNode answer = mapper.readTree(response.body().byteStream());
          check(response.isSuccessful() && answer.path("processed").asInt() == batch.size(), "baseline batch failed");
        }
        batch.clear();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return count / seconds;
  }

  static double median(double[] runs) {
    double[] sorted = runs.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}

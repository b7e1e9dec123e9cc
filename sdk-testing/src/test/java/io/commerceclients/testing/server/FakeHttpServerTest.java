package io.commerceclients.testing.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeHttpServerTest {
  @RegisterExtension
  static FakeHttpServer server = new FakeHttpServer()
      .route("GET", "/v1/shops/{slug}/orders/{id}", r -> FakeResponse.json(200,
          Map.of("slug", r.pathParam("slug"), "id", r.pathParam("id"), "status", r.queryAll("status"))))
      .route("POST", "/echo", r -> FakeResponse.json(201, r.bodyJson()))
      .route("PUT", "/upload", r -> {
        long n = 0;
        byte[] buf = new byte[8192];
        int read;
        while ((read = r.bodyStream().read(buf)) != -1) {
          n += read;
        }
        return FakeResponse.json(200, Map.of("bytes", n));
      });

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .readTimeout(5, TimeUnit.SECONDS).build();

  @BeforeEach
  void reset() {
    server.clearRequests();
  }

  private Response get(String path) throws IOException {
    return http.newCall(new Request.Builder().url(server.baseUrl() + path).build()).execute();
  }

  @Test
  void routesByTemplateAndRecordsRequests() throws IOException {
    try (Response r = get("/v1/shops/acme/orders/42?status=open&status=closed")) {
      assertEquals(200, r.code());
      assertEquals("{\"slug\":\"acme\",\"id\":\"42\",\"status\":[\"open\",\"closed\"]}".length(), r.body().string().length());
    }
    assertEquals(1, server.requestCount("GET", "/v1/shops/{slug}/orders/{id}"));
    assertEquals("status=open&status=closed", server.requests().get(0).rawQuery());
  }

  @Test
  void unknownRoutesAnswer404AndMalformedJsonBodies400() throws IOException {
    try (Response r = get("/nowhere")) {
      assertEquals(404, r.code());
    }
    Request bad = new Request.Builder().url(server.baseUrl() + "/echo")
        .post(RequestBody.create("{nope", MediaType.get("application/json"))).build();
    try (Response r = http.newCall(bad).execute()) {
      assertEquals(400, r.code());
    }
    assertEquals("{nope", server.requests().get(1).bodyText());
  }

  @Test
  void statusFaultsCarryTheirHeadersAndThenStop() throws IOException {
    server.faults().failNext(2, RequestMatcher.of("GET", "/v1/shops/{slug}/orders/{id}"), Fault.rateLimited(3));
    try (Response r = get("/v1/shops/a/orders/1")) {
      assertEquals(429, r.code());
      assertEquals("3", r.header("Retry-After"));
    }
    try (Response r = get("/v1/shops/a/orders/1")) {
      assertEquals(429, r.code());
    }
    try (Response r = get("/v1/shops/a/orders/1")) {
      assertEquals(200, r.code());
    }
    assertEquals(2, server.faults().played().size());
  }

  @Test
  void connectionResetEndsTheExchangeWithoutAnswer() {
    server.faults().failNext(1, Fault.connectionReset());
    assertThrows(IOException.class, () -> get("/v1/shops/a/orders/1").close());
  }

  @Test
  void aRequestWhoseConnectionIsResetIsRecordedWithItsBody() {
    server.faults().failNext(1, Fault.connectionReset());
    Request post = new Request.Builder().url(server.baseUrl() + "/echo")
        .post(RequestBody.create("{\"email\":\"jane@example.com\"}", MediaType.get("application/json"))).build();
    assertThrows(IOException.class, () -> http.newCall(post).execute().close());
    assertEquals("{\"email\":\"jane@example.com\"}", server.requests().get(0).bodyText());
  }

  @Test
  void requestsAreListedInOrderOfArrivalEvenWhenTheFirstIsAnsweredLast() throws Exception {
    server.faults().failNext(1, RequestMatcher.of("GET", "/v1/shops/{slug}/orders/{id}"), Fault.delay(Duration.ofMillis(800)));
    Thread slow = new Thread(() -> {
      try {
        get("/v1/shops/a/orders/1").close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    slow.start();
    while (server.faults().played().isEmpty()) {
      Thread.sleep(5);
    }
    Request post = new Request.Builder().url(server.baseUrl() + "/echo")
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    http.newCall(post).execute().close();
    slow.join(30_000);
    List<String> methods = new ArrayList<>();
    server.requests().forEach(r -> methods.add(r.method()));
    assertEquals(List.of("GET", "POST"), methods);
  }

  @Test
  void aRequestThatArrivedBeforeTheRequestsWereClearedIsNotRecordedAfterwards() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (FakeHttpServer slow = new FakeHttpServer().route("GET", "/slow", r -> {
      handling.countDown();
      assertTrue(release.await(10, TimeUnit.SECONDS));
      return FakeResponse.json(200, Map.of());
    }).start()) {
      CompletableFuture<Integer> answered = CompletableFuture.supplyAsync(() -> {
        try (Response r = http.newCall(new Request.Builder().url(slow.baseUrl() + "/slow").build()).execute()) {
          return r.code();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      assertTrue(handling.await(10, TimeUnit.SECONDS));

      slow.clearRequests();
      release.countDown();

      assertEquals(200, answered.get(10, TimeUnit.SECONDS));
      assertEquals(List.of(), slow.requests(), "the request arrived before the clear: it is of the requests cleared");
    }
  }

  @Test
  void truncatedBodyFailsTheReadQuickly() throws IOException {
    server.faults().failNext(1, Fault.truncatedBody());
    long start = System.nanoTime();
    try (Response r = get("/v1/shops/a/orders/1")) {
      assertEquals(200, r.code());
      assertThrows(IOException.class, () -> r.body().string());
    }
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "the connection was dropped, not left hanging");
  }

  @Test
  void delayHoldsTheAnswer() throws IOException {
    server.faults().failNext(1, Fault.delay(Duration.ofSeconds(2)));
    OkHttpClient impatient = http.newBuilder().readTimeout(100, TimeUnit.MILLISECONDS).build();
    assertThrows(IOException.class, () -> impatient.newCall(new Request.Builder().url(server.baseUrl() + "/v1/shops/a/orders/1").build()).execute().close());
  }

  @Test
  void trickleSendsTheWholeAnswerAByteAtATimeSoNoReadTimeoutFires() throws IOException {
    String whole;
    try (Response r = get("/v1/shops/a/orders/1")) {
      whole = r.body().string();
    }
    server.faults().failNext(1, Fault.trickle(Duration.ofMillis(20)));
    OkHttpClient impatient = http.newBuilder().readTimeout(400, TimeUnit.MILLISECONDS).build();
    long start = System.nanoTime();
    try (Response r = impatient.newCall(new Request.Builder().url(server.baseUrl() + "/v1/shops/a/orders/1").build())
        .execute()) {
      assertEquals(200, r.code());
      assertEquals(whole, r.body().string());
    }
    long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(tookMillis >= (whole.length() - 1) * 20L,
        whole.length() + " bytes, a byte every 20 ms, took " + tookMillis + " ms");
    assertThrows(IllegalArgumentException.class, () -> Fault.trickle(Duration.ZERO));
  }

  @Test
  void malformedJsonFault() throws IOException {
    server.faults().failNext(1, Fault.malformedJson());
    try (Response r = get("/v1/shops/a/orders/1")) {
      assertEquals(200, r.code());
      assertTrue(r.body().string().startsWith("{\"truncated\": [1, 2"));
    }
  }

  @Test
  void randomFaultsAreReproducibleWithTheSameSeed() throws IOException {
    List<Integer> first = statuses(7L);
    List<Integer> second = statuses(7L);
    assertEquals(first, second);
    assertTrue(first.contains(503) && first.contains(200), first.toString());
  }

  private List<Integer> statuses(long seed) throws IOException {
    server.faults().clear();
    server.faults().failRandomly(0.5, seed, RequestMatcher.any(), Fault.status(503));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      try (Response r = get("/v1/shops/a/orders/" + i)) {
        out.add(r.code());
      }
    }
    server.faults().clear();
    return out;
  }

  @Test
  void largeUploadsAreStreamedAndCounted() throws IOException {
    long size = 64L * 1024 * 1024;
    RequestBody body = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/octet-stream");
      }

      @Override
      public long contentLength() {
        return size;
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        for (long sent = 0; sent < size; sent += chunk.length) {
          sink.write(chunk);
        }
      }
    };
    try (Response r = http.newCall(new Request.Builder().url(server.baseUrl() + "/upload").put(body).build()).execute()) {
      assertEquals("{\"bytes\":" + size + "}", r.body().string());
    }
    RecordedRequest recorded = server.requests().get(0);
    assertEquals(size, recorded.bodySize());
    assertEquals(RecordedRequest.MAX_BODY, recorded.body().length);
  }
}

package io.commerceclients.testing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.FakeApi;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many fakes in one JVM, many threads against one fake, and what close() and reset() leave behind. */
class FakeLifecycleProbeTest {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private int get(FakeApi fake, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Set<Thread> threadsNamed(String prefix) {
    Set<Thread> named = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith(prefix)) {
        named.add(t);
      }
    }
    return named;
  }

  @Test
  void manyFakesRunSideBySideOnTheirOwnPortsAndCloseCompletely() throws Exception {
    List<FakeApi> fakes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      fakes.add(FakeKiliba.started());
      fakes.add(FakeKarla.started());
      fakes.add(FakeKibo.started());
    }
    Set<Integer> ports = new HashSet<>();
    for (FakeApi fake : fakes) {
      assertTrue(fake.baseUrl().startsWith("http://127.0.0.1:"), fake.baseUrl());
      ports.add(fake.port());
      get(fake, "/nothing");
    }
    assertEquals(30, ports.size());

    fakes.forEach(FakeApi::close);

    for (FakeApi fake : fakes) {
      assertFalse(fake.isRunning());
      try (ServerSocket again = new ServerSocket()) {
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), fake.port()));
      } catch (IllegalStateException expected) {
        // port() of a closed fake: nothing to check
      }
    }
  }

  @Test
  void closeWhileARequestIsBeingAnsweredEndsTheFakesThreadsBeforeItReturns() throws Exception {
    Set<Thread> others = threadsNamed("FakeKiliba-");
    FakeKiliba kiliba = FakeKiliba.started();
    kiliba.faults().failNext(1, Fault.delay(Duration.ofMinutes(5)));
    CompletableFuture<HttpResponse<Void>> pending = http.sendAsync(
        HttpRequest.newBuilder(URI.create(kiliba.baseUrl() + "/client/v1/customers/paginated"))
            .header("X-API-Key", kiliba.apiKey()).build(), HttpResponse.BodyHandlers.discarding());
    while (kiliba.faults().played().isEmpty()) {
      Thread.onSpinWait();
    }

    Set<Thread> own = threadsNamed("FakeKiliba-");
    own.removeAll(others);
    assertFalse(own.isEmpty(), "a thread of this fake was answering");

    kiliba.close();

    for (Thread t : own) {
      t.join(5_000);
      assertFalse(t.isAlive(), t.getName() + " of the closed fake still runs");
    }
    assertTrue(pending.handle((r, e) -> e != null || r.statusCode() >= 400).get(30, TimeUnit.SECONDS));
  }

  @Test
  void failNextPlaysExactlyItsCountUnderManyThreads() throws Exception {
    try (FakeKiliba kiliba = FakeKiliba.started()) {
      kiliba.customers().addGenerated(10);
      kiliba.faults().failNext(7, RequestMatcher.of("GET", "/client/v1/customers/paginated"), Fault.status(503));
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(pool.submit(() -> get(kiliba, "/client/v1/customers/paginated?limit=5", "X-API-Key", kiliba.apiKey())));
      }
      int unavailable = 0;
      int ok = 0;
      for (Future<Integer> call : calls) {
        int status = call.get(60, TimeUnit.SECONDS);
        unavailable += status == 503 ? 1 : 0;
        ok += status == 200 ? 1 : 0;
      }
      pool.shutdown();

      assertEquals(7, unavailable);
      assertEquals(193, ok);
      assertEquals(200, kiliba.requests().size());
      assertEquals(7, kiliba.faults().played().size());
    }
  }

  @Test
  void resetForgetsStateFaultsPlayedFaultsRequestsAndTokens() throws Exception {
    try (FakeKibo kibo = FakeKibo.started(); FakeKarla karla = FakeKarla.started()) {
      HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(kibo.baseUrl()
              + "/api/platform/applications/authtickets/oauth"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\":\"" + kibo.clientId() + "\",\"client_secret\":\""
              + kibo.sharedSecret() + "\"}")).header("Content-Type", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      String bearer = "Bearer " + token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
      kibo.seed("Products", List.of(Map.of("ProductCode", "A")));
      kibo.faults().failNext(1, RequestMatcher.of("GET", "/api/platform/data/import"), Fault.status(503));
      assertEquals(503, get(kibo, "/api/platform/data/import", "Authorization", bearer));
      kibo.faults().failNext(5, Fault.status(500));
      karla.expireApiKey().addShop("other");
      karla.faults().failNext(2, Fault.connectionReset());

      kibo.reset();
      karla.reset();

      assertEquals(List.of(), kibo.requests());
      assertEquals(List.of(), kibo.faults().played());
      assertEquals(List.of(), kibo.rows("Products"));
      assertEquals(0, kibo.tokensIssued());
      assertEquals(401, get(kibo, "/api/platform/data/import", "Authorization", bearer));
      assertEquals(List.of(), karla.requests());
      String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
          (karla.username() + ":" + karla.apiKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, get(karla, "/v1/shops/gokarla/orders", "Authorization", basic));
      assertEquals(404, get(karla, "/v1/shops/other", "Authorization", basic));
    }
  }

  @Test
  void aClosedFakeStartsAgainOnAFreePort() throws IOException {
    FakeKarla karla = FakeKarla.started();
    karla.close();
    karla.start();
    try {
      assertTrue(karla.isRunning());
      assertEquals(1, karla.orders(karla.shop()).size() + 1);
    } finally {
      karla.close();
    }
  }
}

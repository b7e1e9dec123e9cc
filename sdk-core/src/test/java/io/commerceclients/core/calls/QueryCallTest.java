package io.commerceclients.core.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.support.TestApi;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Invocation;

/** The calls of query-only operations, whose requests the transport builds itself, behave as Retrofit's own. */
@WireMockTest
class QueryCallTest {

  private static TestClient client(WireMockRuntimeInfo wm) {
    return TestClient.builder().baseUrl(wm.getHttpBaseUrl()).authenticator(new ApiKeyAuthenticator("X-API-Key", "key-0123456789"))
        .maxRetries(0).build();
  }

  @Test
  void aCallRunsOnceAndItsCloneAgain(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get(urlPathEqualTo("/things")).willReturn(okJson("[{\"id\":\"1\"}]")));
    try (TestClient c = client(wm)) {
      Call<List<Map<String, Object>>> call = c.api.list(3, 25);
      assertEquals(List.of(Map.of("id", "1")), c.transport.execute(call));
      assertTrue(call.isExecuted());
      assertThrows(IllegalStateException.class, call::execute);
      assertEquals(1, c.transport.execute(call.clone()).size());
      assertEquals("list", call.request().tag(Invocation.class).method().getName());
      assertEquals(List.of(3L, 25), call.request().tag(Invocation.class).arguments());
    }
    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things?page=3&per_page=25"))
        .withHeader("X-API-Key", equalTo("key-0123456789"))
        .withHeader("User-Agent", matching("commerce-clients-java/\\S+ \\(test; Java [^)]+\\)")));
  }

  @Test
  void aListingIsRetriedBlockingAndAsynchronouslyWithItsHeadersAndOptions(WireMockRuntimeInfo wm) throws Exception {
    for (String page : List.of("1", "2")) {
      wm.getWireMock().register(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo(page))
          .inScenario("page " + page).whenScenarioStateIs(STARTED)
          .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
      wm.getWireMock().register(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo(page))
          .inScenario("page " + page).whenScenarioStateIs("up").willReturn(okJson("[]")));
    }
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new ApiKeyAuthenticator("X-API-Key", "key-0123456789")).maxRetries(1).sleeper(d -> { }).build()) {
      ApiTransport traced = c.transport.withOptions(RequestOptions.builder().header("X-Trace", "t-1")
          .queryParameter("debug", "1").build());
      assertEquals(List.of(), traced.execute(traced.create(TestApi.class).list(1, 10)));
      assertEquals(List.of(), traced.executeAsync(traced.create(TestApi.class).list(2, 10)).get(10, TimeUnit.SECONDS));
    }
    List<LoggedRequest> sent = wm.getWireMock().find(getRequestedFor(urlPathEqualTo("/things")));
    assertEquals(4, sent.size());
    for (LoggedRequest request : sent) {
      assertEquals(List.of("key-0123456789"), request.header("X-API-Key").values(), request.getUrl());
      assertEquals("t-1", request.getHeader("X-Trace"), request.getUrl());
      assertTrue(request.getUrl().matches("/things\\?page=[12]&per_page=10&debug=1"), request.getUrl());
    }
  }

  @Test
  void aCallCancelledBeforeItStartsSendsNothing(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/things")).willReturn(okJson("[]")));
    try (TestClient c = client(wm)) {
      Call<List<Map<String, Object>>> call = c.api.list(1, 10);
      call.cancel();
      assertTrue(call.isCanceled());
      assertThrows(IOException.class, call::execute);
    }
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void errorsAndCancellationOfAnAsynchronousCallAreTheTransportsOwn(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get(urlEqualTo("/things?page=1&per_page=10")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"no such page\"}")));
    wm.getWireMock().register(get(urlEqualTo("/things?page=2&per_page=10"))
        .willReturn(okJson("[]").withFixedDelay(10_000)));
    try (TestClient c = client(wm)) {
      NotFoundException missing = assertThrows(NotFoundException.class, () -> c.transport.execute(c.api.list(1, 10)));
      assertEquals(404, missing.statusCode());
      CompletableFuture<List<Map<String, Object>>> slow = c.transport.executeAsync(c.api.list(2, 10));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (wm.getWireMock().find(getRequestedFor(urlEqualTo("/things?page=2&per_page=10"))).isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      long start = System.nanoTime();
      slow.cancel(true);
      assertThrows(CancellationException.class, () -> slow.get(5, TimeUnit.SECONDS));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
    }
  }
}

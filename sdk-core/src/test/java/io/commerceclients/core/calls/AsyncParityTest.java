package io.commerceclients.core.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.TokenFetcher;
import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.CallResult;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An asynchronous call ends as the blocking call does, whatever its observer or its server does. */
@WireMockTest
class AsyncParityTest {

  /** An observer whose end-of-call hook has a bug. */
  private static final ClientObserver BROKEN = new ClientObserver() {
    @Override
    public CallObservation callStarted(CallInfo call) {
      return new CallObservation() {
        @Override
        public void ended(CallResult result) {
          throw new AssertionError("observer bug");
        }
      };
    }
  };

  @Test
  void anObserverErrorAtTheEndFailsTheFutureAsItFailsTheBlockingCall(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\"}")));
    wm.getWireMock().register(get("/things/2").willReturn(aResponse().withStatus(404)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).observer(BROKEN).build()) {
      assertThrows(AssertionError.class, () -> c.transport.execute(c.api.get("1")));
      for (String id : new String[] {"1", "2"}) {
        CompletableFuture<?> call = c.transport.executeAsync(c.api.get(id));
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        assertInstanceOf(AssertionError.class, e.getCause());
      }
    }
  }

  private static void revokedTwiceWithA503Between(WireMockRuntimeInfo wm) {
    wm.getWireMock().resetScenarios();
    wm.getWireMock().resetMappings();
    String[] states = {Scenario.STARTED, "s1", "s2", "s3"};
    int[] statuses = {401, 503, 401, 200};
    for (int i = 0; i < statuses.length; i++) {
      wm.getWireMock().register(get("/things/1").inScenario("revoked").whenScenarioStateIs(states[i])
          .willReturn(statuses[i] == 200 ? okJson("{\"id\":\"1\"}") : aResponse().withStatus(statuses[i]))
          .willSetStateTo(i < statuses.length - 1 ? states[i + 1] : states[i]));
    }
  }

  @Test
  void eachRetryMayReplayA401OnceAsABlockingAttemptMay(WireMockRuntimeInfo wm) throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    TokenFetcher tokens = new TokenFetcher() {
      @Override
      public AccessToken fetch() {
        return new AccessToken("tok-" + fetches.incrementAndGet(), Instant.now(), Duration.ofHours(1));
      }

      @Override
      public CompletableFuture<AccessToken> fetchAsync() {
        return CompletableFuture.completedFuture(fetch());
      }
    };
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).maxRetries(2).sleeper(d -> { })
        .authenticator(new BearerTokenAuthenticator(CachingTokenProvider.of(tokens))).build()) {
      revokedTwiceWithA503Between(wm);
      assertEquals("1", c.transport.execute(c.api.get("1")).get("id"), "blocking");
      revokedTwiceWithA503Between(wm);
      assertEquals("1", c.transport.executeAsync(c.api.get("1")).get(10, TimeUnit.SECONDS).get("id"), "async");
    }
  }
}

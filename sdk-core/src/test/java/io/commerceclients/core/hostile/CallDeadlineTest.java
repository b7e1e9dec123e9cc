package io.commerceclients.core.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.retry.RetryPolicy;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The call timeout bounds the whole call, retry waits included. */
@WireMockTest
class CallDeadlineTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(15);

  @Test
  void aRetryAfterLongerThanTheCallsDeadlineEndsTheCallAtOnceWithTheServersAnswer(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "20")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).callTimeout(Duration.ofSeconds(2)).build()) {
      ServerException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1"))));
      assertEquals(503, e.statusCode());
      assertEquals(Duration.ofSeconds(20), e.details().retryAfter().orElseThrow());
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void aBackoffLongerThanTheDeadlineIsNotWaitedAfterAnIoFailure(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    RetryPolicy slow = RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofSeconds(10))
        .maxBackoff(Duration.ofSeconds(10)).build();
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).retryPolicy(slow)
        .callTimeout(Duration.ofSeconds(2)).build()) {
      assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(TransportException.class, () -> c.transport.execute(c.api.get("1"))));
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void waitsThatFitTheDeadlineAreStillTaken(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).callTimeout(Duration.ofSeconds(10)).build()) {
      assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
    }
    wm.getWireMock().verifyThat(3, getRequestedFor(urlEqualTo("/things/1")));
  }
}

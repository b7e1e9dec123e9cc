package io.commerceclients.core.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.internal.http.RawCapture;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A successful call's status, headers and request id, as a user pastes them into a support ticket. */
@WireMockTest
class RawResponseTest {

  @Test
  void theAnswerComesWithItsStatusHeadersAndRequestId(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\"}").withStatus(201)
        .withHeader("X-Request-Id", "req-7f3a").withHeader("Set-Cookie", "session=abc123secret")
        .withHeader("X-RateLimit-Remaining", "41")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      RawResponse<Map<String, Object>> raw = RawCapture.capture(() -> c.transport.execute(c.api.get("1")));
      assertEquals("1", raw.body().get("id"));
      assertEquals(201, raw.statusCode());
      assertEquals("req-7f3a", raw.requestId().orElseThrow());
      assertEquals("41", raw.header("x-ratelimit-remaining").orElseThrow());
      assertFalse(raw.headers().toString().contains("abc123secret"), raw.headers().toString());
      assertEquals(1, raw.exchanges().size());
    }
  }

  @Test
  void aRetriedCallListsEveryExchange(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "first")).willSetStateTo("ok"));
    wm.getWireMock().register(get("/things/1").inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{}").withHeader("X-Request-Id", "second")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(new RecordingSleeper()).build()) {
      RawResponse<Map<String, Object>> raw = RawCapture.capture(() -> c.transport.execute(c.api.get("1")));
      assertEquals(200, raw.statusCode());
      assertEquals("second", raw.requestId().orElseThrow());
      assertTrue(raw.exchanges().get(0).url().endsWith("/things/1"));
      assertEquals(1, raw.exchanges().size(), "the retry happens inside one exchange as the transport records it");
    }
  }
}

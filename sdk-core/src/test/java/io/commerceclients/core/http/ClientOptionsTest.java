package io.commerceclients.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.support.TestClient;
import io.commerceclients.core.validation.ValidationException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

@WireMockTest
class ClientOptionsTest {

  @Test
  void defaultsAreDocumentedValues() {
    ClientOptions o = TestClient.builder().options();
    assertEquals("https://api.example.invalid/", o.baseUrl().toString());
    assertEquals(Duration.ofSeconds(10), o.connectTimeout());
    assertEquals(Duration.ofSeconds(60), o.readTimeout());
    assertEquals(Duration.ZERO, o.callTimeout());
    assertEquals(Duration.ofSeconds(60), o.responseHeadersTimeout());
    assertEquals(Duration.ofSeconds(60), o.responseBodyTimeout());
    assertEquals(2, o.retryPolicy().maxRetries());
  }

  @Test
  void theHeadersTimeoutFollowsTheReadTimeoutUnlessSet() {
    assertEquals(Duration.ofSeconds(5), TestClient.builder().readTimeout(Duration.ofSeconds(5)).options()
        .responseHeadersTimeout());
    assertEquals(Duration.ZERO, TestClient.builder().readTimeout(Duration.ofSeconds(5))
        .responseHeadersTimeout(Duration.ZERO).options().responseHeadersTimeout());
    assertEquals(Duration.ofMinutes(3), TestClient.builder().responseHeadersTimeout(Duration.ofMinutes(3))
        .readTimeout(Duration.ofSeconds(5)).options().responseHeadersTimeout());
  }

  @Test
  void theBodyTimeoutFollowsTheReadTimeoutUnlessSet() {
    assertEquals(Duration.ofSeconds(5), TestClient.builder().readTimeout(Duration.ofSeconds(5)).options()
        .responseBodyTimeout());
    assertEquals(Duration.ZERO, TestClient.builder().readTimeout(Duration.ofSeconds(5))
        .responseBodyTimeout(Duration.ZERO).options().responseBodyTimeout());
    assertEquals(Duration.ofMinutes(3), TestClient.builder().responseBodyTimeout(Duration.ofMinutes(3))
        .readTimeout(Duration.ofSeconds(5)).options().responseBodyTimeout());
  }

  @Test
  void invalidSettingsAreRejectedWithTheFieldNamed() {
    assertEquals("baseUrl", assertThrows(ValidationException.class, () -> TestClient.builder().baseUrl("not a url").build()).field());
    assertEquals("readTimeout", assertThrows(ValidationException.class,
        () -> TestClient.builder().readTimeout(Duration.ofSeconds(-1)).build()).field());
    assertEquals("retryPolicy.maxRetries", assertThrows(ValidationException.class,
        () -> TestClient.builder().maxRetries(-1).build()).field());
    assertEquals("responseHeadersTimeout", assertThrows(ValidationException.class,
        () -> TestClient.builder().responseHeadersTimeout(Duration.ofMillis(-1)).build()).field());
    assertEquals("responseBodyTimeout", assertThrows(ValidationException.class,
        () -> TestClient.builder().responseBodyTimeout(Duration.ofMillis(-1)).build()).field());
    assertEquals("applicationName", assertThrows(ValidationException.class,
        () -> TestClient.builder().applicationName("bad\nname").build()).field());
  }

  @Test
  void userAgentNamesTheSdkTheApiAndTheApplication(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).applicationName("order-sync/2.3").build()) {
      c.transport.execute(c.api.get("1"));
    }
    wm.getWireMock().verifyThat(getRequestedFor(urlEqualTo("/things/1"))
        .withHeader("User-Agent", matching("commerce-clients-java/\\S+ \\(test; Java [^)]+\\) order-sync/2\\.3")));
  }

  @Test
  void aCallerSuppliedClientSharesItsPoolAndKeepsItsInterceptors(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{}")));
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Tenant-Trace", "t-1").build())).build();
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).okHttpClient(shared).build()) {
      c.transport.execute(c.api.get("1"));
      assertTrue(c.transport.httpClient().connectionPool() == shared.connectionPool());
    }
    wm.getWireMock().verifyThat(getRequestedFor(urlEqualTo("/things/1")).withHeader("X-Tenant-Trace", matching("t-1")));
    assertTrue(!shared.dispatcher().executorService().isShutdown(), "closing the client leaves the caller's client open");
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's {@code callTimeout} bounds the token fetch a call makes, not only a wait for another
 * thread's fetch: a token endpoint that is slow or asks for a long {@code Retry-After} cannot hold
 * the call past it. (A view's {@code timeout} does not bound it yet: the fetch runs on the client's
 * own options.)
 */
@WireMockTest
class TokenFetchDeadlineTest extends KiboWireBase {
  private static final String LIST = "/api/platform/data/export";
  private static final ListJobsRequest ALL = ListJobsRequest.builder().build();

  @BeforeEach
  void stubList() {
    stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
  }

  private KiboImportExportClient plainClient(Duration timeout) {
    return KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET).maxRetries(2)
        .callTimeout(timeout).build();
  }

  @Test
  void theCallTimeoutEndsACallWhoseTokenFetchIsToldToWait() throws Exception {
    stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4")));
    try (KiboImportExportClient hurried = plainClient(Duration.ofMillis(1500))) {
      // Without the deadline the fetch would wait the 4 s asked and ask again.
      ApiException e = assertThrows(ApiException.class, () -> hurried.exports().list(ALL));
      verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
      assertEquals(429, e.statusCode(), e::toString);

      ExecutionException async = assertThrows(ExecutionException.class,
          () -> hurried.async().exports().list(ALL).get(30, TimeUnit.SECONDS));
      assertEquals(429, ((ApiException) async.getCause()).statusCode());
      verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }
    verify(0, getRequestedFor(urlPathEqualTo(LIST)));
  }

  @Test
  void theCallTimeoutEndsACallWhoseTokenAnswerIsSlow() throws Exception {
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"late\",\"expires_in\":3600}").withFixedDelay(8_000)));
    try (KiboImportExportClient hurried = plainClient(Duration.ofMillis(500))) {
      // Without the deadline the token would come after 8 s, well within the read timeout, and the call succeed.
      assertThrows(ApiTimeoutException.class, () -> hurried.exports().list(ALL));
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> hurried.async().exports().list(ALL).get(30, TimeUnit.SECONDS));
      assertInstanceOf(ApiTimeoutException.class, async.getCause());
    }
  }
}

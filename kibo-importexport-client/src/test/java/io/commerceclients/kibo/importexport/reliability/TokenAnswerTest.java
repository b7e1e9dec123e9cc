package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kibo's auth host answers a token the client cannot use. Each broken answer must end in a
 * {@link ProtocolException} naming the field, never reach the API, and leave nothing cached: the
 * next call fetches again and goes on with a good token.
 */
@WireMockTest
class TokenAnswerTest {
  private static final String TOKEN = "/api/platform/applications/authtickets/oauth";
  private static final String LIST = "/api/platform/data/export";

  private final MutableClock clock = new MutableClock();
  private String base;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    WireMock.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
  }

  private KiboImportExportClient client() {
    return KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared")
        .clock(clock).maxRetries(0).build();
  }

  /** The first token answer is {@code broken}, every later one good. */
  private static void firstAnswer(String broken) {
    WireMock.stubFor(post(TOKEN).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(broken))
        .willSetStateTo("answered"));
    WireMock.stubFor(post(TOKEN).inScenario("token").whenScenarioStateIs("answered")
        .willReturn(okJson("{\"access_token\":\"good-token\",\"expires_in\":3600}")));
  }

  static Stream<Arguments> brokenAnswers() {
    return Stream.of(
        Arguments.of("{\"access_token\":\"\",\"expires_in\":3600}", "no access_token"),
        Arguments.of("{\"expires_in\":3600}", "no access_token"),
        Arguments.of("{\"access_token\":null,\"expires_in\":3600}", "no access_token"),
        Arguments.of("{\"access_token\":\"   \",\"expires_in\":3600}", "white space"),
        Arguments.of("{\"access_token\":\" padded-token \",\"expires_in\":3600}", "white space"),
        Arguments.of("{\"access_token\":\"padded-token\\n\",\"expires_in\":3600}", "white space"),
        Arguments.of("{\"access_token\":\"to\\u0000ken\",\"expires_in\":3600}", "control"),
        Arguments.of("{\"access_token\":\"tökén\",\"expires_in\":3600}", "non-ASCII"),
        Arguments.of("{\"access_token\":\"secret-token\",\"expires_in\":0}", "expires_in 0"),
        Arguments.of("{\"access_token\":\"secret-token\",\"expires_in\":-1}", "expires_in -1"),
        Arguments.of("{\"access_token\":\"secret-token\",\"expires_in\":-9223372036854775808}", "expires_in -9223372036854775808"),
        Arguments.of("{\"access_token\":\"secret-token\",\"expires_in\":0.5}", "expires_in 0.5"),
        Arguments.of("null", "no body (or a JSON null)"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("brokenAnswers")
  void aBrokenTokenAnswerIsAProtocolErrorAndNothingIsCached(String answer, String named) {
    firstAnswer(answer);
    try (KiboImportExportClient client = client()) {
      ProtocolException e = assertThrows(ProtocolException.class,
          () -> client.exports().list(ListJobsRequest.builder().build()));
      assertTrue((e.getMessage().contains("token answer") || e.getMessage().contains("KiboAuthApi.issueToken"))
          && e.getMessage().contains(named), e.getMessage());
      for (String secret : new String[] {"padded-token", "secret-token", "tökén", "s3cr3t-shared"}) {
        assertFalse(e.getMessage().contains(secret), e.getMessage());
      }
      WireMock.verify(0, getRequestedFor(urlPathEqualTo(LIST)));

      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
    }
    WireMock.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    WireMock.verify(1, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer good-token")));
  }

  @Test
  void anUnreadableExpiresInIsATypedErrorToo() {
    firstAnswer("{\"access_token\":\"secret-token\",\"expires_in\":\"soon\"}");
    try (KiboImportExportClient client = client()) {
      ApiException e = assertThrows(ApiException.class, () -> client.exports().list(ListJobsRequest.builder().build()));
      assertFalse(e.getMessage().contains("secret-token"), e.getMessage());
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
    }
  }

  static Stream<String> absurdLifetimes() {
    return Stream.of(Long.toString(Long.MAX_VALUE), "99999999999999999999", "1e30", "31536000");
  }

  @ParameterizedTest(name = "[{index}] expires_in {0}")
  @MethodSource("absurdLifetimes")
  void anAbsurdlyLongLifetimeIsClampedTo24Hours(String expiresIn) {
    WireMock.stubFor(post(TOKEN).willReturn(okJson("{\"access_token\":\"long-token\",\"expires_in\":" + expiresIn + "}")));
    try (KiboImportExportClient client = client()) {
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
      clock.advance(Duration.ofHours(23).plusMinutes(50));
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
      WireMock.verify(1, postRequestedFor(urlEqualTo(TOKEN)));

      clock.advance(Duration.ofMinutes(6)); // 5 minutes before the clamped 24 hours end: refreshed
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
    }
    WireMock.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    WireMock.verify(3, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer long-token")));
  }

  @Test
  void aMissingLifetimeIsTakenAsOneHour() {
    WireMock.stubFor(post(TOKEN).willReturn(okJson("{\"access_token\":\"hour-token\"}")));
    try (KiboImportExportClient client = client()) {
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
      clock.advance(Duration.ofMinutes(54));
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
      WireMock.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
      clock.advance(Duration.ofMinutes(2));
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
    }
    WireMock.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
  }
}

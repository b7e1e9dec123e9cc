package io.commerceclients.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.ErrorKind;
import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.PermissionDeniedException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.error.UnexpectedStatusException;
import io.commerceclients.core.internal.error.ParsedError;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@WireMockTest
class ErrorMappingTest {

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, InvalidRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(410, UnexpectedStatusException.class),
        Arguments.of(422, InvalidRequestException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(418, UnexpectedStatusException.class));
  }

  private static TestClient client(WireMockRuntimeInfo wm) {
    return TestClient.builder().baseUrl(wm.getHttpBaseUrl()).maxRetries(0).build();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statuses")
  void eachStatusMapsToItsExceptionWithTheBodyDetails(int status, Class<? extends ApiException> type, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/7").willReturn(aResponse().withStatus(status)
        .withHeader("X-Request-Id", "req-123").withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Thing 7 is unhappy\",\"code\":\"thing_unhappy\"}")));
    try (TestClient c = client(wm)) {
      ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("7")));
      assertInstanceOf(type, e);
      assertEquals(type, e.getClass());
      assertEquals(status, e.statusCode());
      assertEquals("thing_unhappy", e.errorCode().orElseThrow());
      assertEquals("Thing 7 is unhappy", e.apiMessage().orElseThrow());
      assertEquals("req-123", e.requestId().orElseThrow());
      assertEquals("GET", e.method().orElseThrow());
      assertEquals(wm.getHttpBaseUrl() + "/things/7", e.url().orElseThrow());
      assertTrue(e.rawBody().orElseThrow().contains("unhappy"));
      assertEquals("GET " + wm.getHttpBaseUrl() + "/things/7 -> " + status + " thing_unhappy: Thing 7 is unhappy (request-id: req-123)",
          e.getMessage());
    }
  }

  @Test
  void aNonJsonBodyIsKeptRawWithoutASecondException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html>Bad gateway</html>")));
    try (TestClient c = client(wm)) {
      ServerException e = assertThrows(ServerException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals("<html>Bad gateway</html>", e.rawBody().orElseThrow());
      assertTrue(e.errorCode().isEmpty());
      assertTrue(e.getMessage().contains("502"), e.getMessage());
    }
  }

  @Test
  void anEmptyBodyGivesTheStatusAlone(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(404)));
    try (TestClient c = client(wm)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.rawBody().isEmpty());
      assertTrue(e.apiMessage().isEmpty());
      assertTrue(e.getMessage().startsWith("GET " + wm.getHttpBaseUrl() + "/things/1 -> 404"), e.getMessage());
    }
  }

  @Test
  void aParserThatThrowsStillYieldsTheTypedException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(409).withBody("{}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).errorParser((s, b) -> {
      throw new IllegalStateException("parser bug");
    }).build()) {
      assertThrows(ConflictException.class, () -> c.transport.execute(c.api.get("1")));
    }
  }

  @Test
  void aParserMayOverrideTheKindAndListFieldErrors(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(400).withBody("{\"bad\":\"credentials\"}")));
    wm.getWireMock().register(get("/things/2").willReturn(aResponse().withStatus(422).withBody("{}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).errorParser((s, b) -> s == 400
        ? ParsedError.of("invalid_credentials", "Invalid credentials", List.of()).withKind(ErrorKind.AUTHENTICATION)
        : ParsedError.of(null, "Validation failed", List.of(new FieldError("body.name", "field required", "missing")))).build()) {
      AuthenticationException auth = assertThrows(AuthenticationException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(400, auth.statusCode());
      InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> c.transport.execute(c.api.get("2")));
      assertEquals(List.of(new FieldError("body.name", "field required", "missing")), invalid.fieldErrors());
      assertTrue(invalid.getMessage().contains("body.name: field required"), invalid.getMessage());
    }
  }

  @Test
  void rateLimitCarriesRetryAfter(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));
    try (TestClient c = client(wm)) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> c.transport.execute(c.api.get("1")));
      assertEquals(Duration.ofSeconds(12), e.retryAfter().orElseThrow());
    }
  }

  @Test
  void malformedJsonInASuccessBecomesTransportException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\": [1, 2")));
    try (TestClient c = client(wm)) {
      TransportException e = assertThrows(TransportException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    }
  }

  @Test
  void garbageOnTheWireBecomesTransportException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    try (TestClient c = client(wm)) {
      TransportException e = assertThrows(TransportException.class, () -> c.transport.execute(c.api.get("1")));
      assertFalse(e.getMessage().isEmpty());
    }
  }
}

package io.commerceclients.core.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.internal.auth.RequestAuthenticator;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.observe.AttemptInfo;
import io.commerceclients.core.observe.AttemptResult;
import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.CallResult;
import io.commerceclients.core.observe.ClientObserver;
import static io.commerceclients.core.support.SecretScan.everything;

import io.commerceclients.core.support.LogCapture;
import io.commerceclients.core.support.TestClient;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a credential could slip past the masking as an attacker would try it, at every log level:
 * the causes of an exception (a decoding failure quotes the answer), an error body cut by its cap in
 * the middle of an echoed key, credentials echoed in the headers of a refused answer (cookie, {@code
 * WWW-Authenticate}, {@code Location}) or in HTML, and calls that fail before any answer.
 */
@WireMockTest
class SecretLeakEdgesTest {
  private static final String KEY = "kb_live_7Hq2Zr9Wm4Xc1Vb8";
  private static final String PASSWORD = "karla-Pw-3Jt8Ls2Nq6";

  private final List<Object> seen = Collections.synchronizedList(new ArrayList<>());

  private ClientObserver recorder() {
    return new ClientObserver() {
      @Override
      public CallObservation callStarted(CallInfo call) {
        seen.add(call);
        return new CallObservation() {
          @Override
          public java.util.Map<String, String> attemptStarted(AttemptInfo attempt) {
            seen.add(attempt);
            attempt.retryReason().ifPresent(seen::add);
            return java.util.Map.of();
          }

          @Override
          public void attemptEnded(AttemptResult result) {
            seen.add(result);
            result.failure().ifPresent(seen::add);
            result.requestId().ifPresent(seen::add);
          }

          @Override
          public void ended(CallResult result) {
            seen.add(result);
            result.exception().ifPresent(seen::add);
            result.requestId().ifPresent(seen::add);
          }
        };
      }
    };
  }

  private void assertNothingShows(String secret, String logs, Throwable e) {
    assertFalse(logs.contains(secret), logs);
    String all = everything(e);
    assertFalse(all.contains(secret), all);
    for (Object o : new ArrayList<>(seen)) {
      String shown = o instanceof Throwable ? everything((Throwable) o) : String.valueOf(o);
      assertFalse(shown.contains(secret), () -> "an observer saw " + shown);
    }
  }

  private ApiException call(WireMockRuntimeInfo wm, HttpLogLevel level, RequestAuthenticator auth, StringBuilder logs,
      Function<TestClient, Object> call) {
    try (LogCapture capture = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).logLevel(level).maxRetries(1)
            .sleeper(d -> { }).observer(recorder()).authenticator(auth).build()) {
      ApiException e = assertThrows(ApiException.class, () -> call.apply(c));
      logs.append(capture.text());
      return e;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"1\",\"parts\":\"" + KEY + "\"}",
      "{\"id\":" + KEY + "}",
      "{\"id\":\"1\",\"parts\":[{\"id\":\"2\",\"name\":[\"" + KEY + "\"]}]}",
      "{\"id\":\"1\",\"name\":\"" + KEY + "\"" })
  void anAnswerThatCannotBeDecodedNeverShowsTheKeyItEchoesInAnyCause(String answer, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/models/1").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(answer)));
    for (HttpLogLevel level : HttpLogLevel.values()) {
      StringBuilder logs = new StringBuilder();
      ApiException e = call(wm, level, new ApiKeyAuthenticator("X-API-Key", KEY), logs,
          c -> c.transport.execute(c.api.thing("1")));
      assertTrue(e instanceof ProtocolException, e.toString());
      assertNothingShows(KEY, logs.toString(), e);
    }
  }

  @Test
  void anErrorBodyCutByItsCapInTheMiddleOfTheKeyShowsNoPieceOfIt(WireMockRuntimeInfo wm) {
    int cap = 64 * 1024;
    for (int cut = 4; cut < KEY.length(); cut += 5) {
      String body = "x".repeat(cap - cut) + KEY + " was refused";
      wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
          .withHeader("Content-Type", "text/plain").withBody(body)));
      for (HttpLogLevel level : HttpLogLevel.values()) {
        StringBuilder logs = new StringBuilder();
        ApiException e = call(wm, level, new ApiKeyAuthenticator("X-API-Key", KEY), logs,
            c -> c.transport.execute(c.api.get("1")));
        String raw = e.rawBody().orElseThrow();
        assertFalse(raw.endsWith(KEY.substring(0, cut)), "the raw body ends with the first " + cut + " characters of the key");
        assertNothingShows(KEY.substring(0, cut), logs.toString(), e);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(HttpLogLevel.class)
  void credentialsEchoedInTheHeadersAndHtmlOfAnErrorAreMasked(HttpLogLevel level, WireMockRuntimeInfo wm) {
    String basic = Base64.getEncoder().encodeToString(("shop:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "text/html")
        .withHeader("WWW-Authenticate", "Basic realm=\"" + PASSWORD + "\", error=\"" + basic + "\"")
        .withHeader("Set-Cookie", "last_password=" + PASSWORD + "; Path=/")
        .withHeader("X-Echo", "Basic " + basic)
        .withHeader("Link", "<https://other.example/login?pw=" + PASSWORD + ">; rel=login")
        .withHeader("X-Request-Id", "req-" + PASSWORD)
        .withBody("<html><body><h1>401</h1><p>user shop, password <b>" + PASSWORD + "</b></p>"
            + "<pre>{\"headers\":{\"Authorization\":[\"Basic " + basic + "\"]}}</pre></body></html>")));
    StringBuilder logs = new StringBuilder();
    ApiException e = call(wm, level, new BasicAuthenticator("shop", PASSWORD), logs,
        c -> c.transport.execute(c.api.get("1")));
    assertTrue(e.getMessage().contains("401"), e.getMessage());
    for (String secret : List.of(PASSWORD, basic)) {
      assertNothingShows(secret, logs.toString(), e);
    }
    if (level.compareTo(HttpLogLevel.HEADERS) >= 0) {
      assertTrue(logs.toString().contains("WWW-Authenticate"), logs.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(HttpLogLevel.class)
  void aRefusedRedirectWhoseLocationCarriesTheKeyShowsItNowhere(HttpLogLevel level, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(307)
        .withHeader("Location", "https://evil.example/collect?k=" + KEY + "&x-api-key=" + KEY)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"moved\":\"" + KEY + "\"}")));
    StringBuilder logs = new StringBuilder();
    ApiException e = call(wm, level, new ApiKeyAuthenticator("X-API-Key", KEY), logs,
        c -> c.transport.execute(c.api.get("1")));
    assertNothingShows(KEY, logs.toString(), e);
  }

  @ParameterizedTest
  @EnumSource(HttpLogLevel.class)
  void aCallThatFailsBeforeAnyAnswerShowsNoCredential(HttpLogLevel level) throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    for (String base : List.of("http://127.0.0.1:" + closed, "https://shop:" + PASSWORD + "@127.0.0.1:" + closed)) {
      try (LogCapture capture = new LogCapture();
          TestClient c = TestClient.builder().baseUrl(base).logLevel(level).maxRetries(1).sleeper(d -> { })
              .observer(recorder()).authenticator(new BasicAuthenticator("shop", PASSWORD)).build()) {
        ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
        assertNothingShows(PASSWORD, capture.text(), e);
        assertFalse(String.valueOf(c).contains(PASSWORD));
      } catch (IllegalArgumentException refusedAtBuild) {
        assertFalse(everything(refusedAtBuild).contains(PASSWORD), everything(refusedAtBuild));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(HttpLogLevel.class)
  void aTlsFailureAndATimeoutShowNoCredential(HttpLogLevel level, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withFixedDelay(2_000)
        .withBody("{\"k\":\"" + KEY + "\"}")));
    List<String> bases = List.of("https://localhost:" + wm.getHttpPort(), wm.getHttpBaseUrl());
    for (String base : bases) {
      try (LogCapture capture = new LogCapture();
          TestClient c = TestClient.builder().baseUrl(base).logLevel(level).maxRetries(0)
              .readTimeout(Duration.ofMillis(200)).observer(recorder())
              .authenticator(new ApiKeyAuthenticator("X-API-Key", KEY)).build()) {
        ApiException e = assertThrows(ApiException.class, () -> c.transport.execute(c.api.get("1")));
        assertNothingShows(KEY, capture.text(), e);
      }
    }
  }
}

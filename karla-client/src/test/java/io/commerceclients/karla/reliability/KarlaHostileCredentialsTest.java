package io.commerceclients.karla.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.commerceclients.core.support.SecretScan.everything;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.support.LogCapture;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Karla's Basic credentials as an attacker or a bad copy hands them over: a password or user name
 * with a control character (a line break among them) is refused by {@code build()} without echoing
 * it, before anything is sent; a non-ASCII password is legal and goes out as UTF-8 in one header.
 */
@WireMockTest
class KarlaHostileCredentialsTest {

  @ParameterizedTest
  @ValueSource(strings = {"pw-Secret9\r\nX-Injected: yes", "pw-Secret9\nX", "pw-\u0000Secret9", "pw-\u007fSecret9",
      "pw-\tSecret9"})
  void aPasswordWithAControlCharacterIsRefusedWithoutEchoingIt(String password, WireMockRuntimeInfo wm) {
    ValidationException e = assertThrows(ValidationException.class, () -> KarlaClient.builder()
        .baseUrl(wm.getHttpBaseUrl()).shop("acme").apiKey(password).build().close());
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
    for (String part : List.of(password, "Secret9", "X-Injected")) {
      assertFalse(everything(e).contains(part), everything(e));
    }
    WireMock.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme\r\nX-Injected: yes", "acme\u0000", "ac\tme"})
  void aUserNameWithAControlCharacterIsRefused(String username, WireMockRuntimeInfo wm) {
    ValidationException e = assertThrows(ValidationException.class, () -> KarlaClient.builder()
        .baseUrl(wm.getHttpBaseUrl()).shop("acme").username(username).apiKey("pw-Secret9").build().close());
    assertTrue(e.getMessage().contains("username"), e.getMessage());
    assertFalse(everything(e).contains("pw-Secret9"), everything(e));
    WireMock.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aNonAsciiPasswordGoesOutAsUtf8InOneHeaderAndIsNeverLogged(WireMockRuntimeInfo wm) {
    String password = "pässwört-Ключ-9";
    WireMock.stubFor(WireMock.get("/v1/shops/acme").willReturn(okJson("{\"slug\":\"acme\"}")));
    try (LogCapture logs = new LogCapture();
        KarlaClient client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("acme").apiKey(password)
            .logLevel(HttpLogLevel.BODY).build()) {
      client.shop().get();
      String basic = Base64.getEncoder().encodeToString(("acme:" + password).getBytes(StandardCharsets.UTF_8));
      assertFalse(logs.text().contains(password) || logs.text().contains(basic), logs.text());
      assertFalse(String.valueOf(client).contains(password));
      List<LoggedRequest> sent = WireMock.findAll(getRequestedFor(urlPathEqualTo("/v1/shops/acme")));
      assertEquals(1, sent.size());
      assertEquals(List.of("Basic " + basic), sent.get(0).getHeaders().getHeader("Authorization").values());
    }
  }
}

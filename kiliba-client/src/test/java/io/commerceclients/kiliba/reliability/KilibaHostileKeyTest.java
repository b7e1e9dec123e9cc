package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.commerceclients.core.support.SecretScan.everything;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.support.LogCapture;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API keys an attacker or a bad copy could hand the builder: line breaks (header injection), control
 * characters, spaces, non-ASCII. Each is refused by {@code build()}, before anything is sent, with a
 * message naming {@code apiKey} that shows no part of the value.
 */
@WireMockTest
class KilibaHostileKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "kb-live-Aa11\r\nX-Injected: yes", "kb-live-Aa11\nX-Injected: yes", "kb-live-Aa11\rX-Injected",
      "kb-live-\u0000Aa11", "kb-live-\u007fAa11", "kb-live-\tAa11", "kb-live Aa11-secretpart",
      "kb-live-Ää11-secretpart", "kb-live-\u2028Aa11", "kb-live-\uD83D\uDD11Aa11"})
  void aKeyThatCouldBreakTheHeaderIsRefusedBeforeTheNetworkWithoutEchoingIt(String key, WireMockRuntimeInfo wm) {
    try (LogCapture logs = new LogCapture()) {
      ValidationException e = assertThrows(ValidationException.class, () -> {
        try (KilibaClient client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey(key)
            .logLevel(HttpLogLevel.BODY).build()) {
          client.customers().list(ListCustomersRequest.builder().build());
        }
      });
      assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
      for (String part : new String[] {key, "Aa11", "secretpart", "X-Injected"}) {
        assertFalse(everything(e).contains(part), everything(e));
        assertFalse(logs.text().contains(part), logs.text());
      }
    }
    WireMock.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8 * 1024, 1024 * 1024})
  void aVeryLongKeyIsNeverEchoedWhateverTheServerDoesWithIt(int length, WireMockRuntimeInfo wm) {
    String key = "kb-" + "K".repeat(length) + "-end";
    WireMock.stubFor(WireMock.any(anyUrl()).willReturn(WireMock.aResponse().withStatus(431)
        .withHeader("Content-Type", "text/plain").withBody("header too large: " + key)));
    try (LogCapture logs = new LogCapture();
        KilibaClient client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey(key)
            .logLevel(HttpLogLevel.BODY).maxRetries(0).build()) {
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> client.customers().list(ListCustomersRequest.builder().build()));
      assertFalse(everything(e).contains(key), "the key in the exception");
      assertFalse(logs.text().contains(key), "the key in the logs");
      assertFalse(String.valueOf(client).contains(key));
    }
  }
}

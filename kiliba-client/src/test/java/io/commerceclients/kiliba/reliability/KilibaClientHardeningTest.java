package io.commerceclients.kiliba.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Kiliba client's settings and life cycle against misuse: clear text, passwords in URLs, calls after close. */
class KilibaClientHardeningTest {
  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  @Test
  void plainHttpToARealHostIsRefusedSoTheKeyNeverTravelsInClearText() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> KilibaClient.builder().apiKey("kb_live_123456").baseUrl("http://api.kiliba.ai").build());
    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
  }

  @Test
  void aPasswordInTheBaseUrlNeverShowsInToString() {
    try (KilibaClient client = KilibaClient.builder().apiKey("kb_live_123456")
        .baseUrl("https://proxyuser:proxy-pass-77@api.kiliba.ai").build()) {
      assertFalse(client.toString().contains("proxy-pass-77"), client.toString());
    }
  }

  @Test
  void aClosedClientFailsFastAndSendsNothing() {
    KilibaClient client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).build();
    client.customers().list(ListCustomersRequest.builder().build());
    int before = kiliba.requests().size();
    client.close();
    assertThrows(IllegalStateException.class, () -> client.customers().list(ListCustomersRequest.builder().build()));
    assertEquals(before, kiliba.requests().size());
  }

  @Test
  void theEnvironmentIsReadLikeFromEnvAndLaterBuilderCallsWin() {
    try (KilibaClient client = KilibaClient.builder()
        .environment(Map.of("KILIBA_API_KEY", "kb_wrong_key_from_env", "KILIBA_BASE_URL", kiliba.baseUrl()))
        .apiKey(kiliba.apiKey()).build()) {
      client.customers().list(ListCustomersRequest.builder().build());
    }
    assertEquals(kiliba.apiKey(), kiliba.requests().get(kiliba.requests().size() - 1).header("X-API-Key").orElseThrow());
  }
}

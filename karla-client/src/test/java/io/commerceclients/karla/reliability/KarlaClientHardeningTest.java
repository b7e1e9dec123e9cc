package io.commerceclients.karla.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import io.commerceclients.testing.karla.FakeKarla;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Karla client's settings and life cycle against misuse: clear text, passwords in URLs, calls after close. */
class KarlaClientHardeningTest {
  @RegisterExtension
  final FakeKarla karla = new FakeKarla();

  @Test
  void plainHttpToARealHostIsRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> KarlaClient.builder().shop("acme").apiKey("karla-key-123").baseUrl("http://api.gokarla.io").build());
    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
  }

  @Test
  void aPasswordInTheBaseUrlNeverShowsInToString() {
    try (KarlaClient client = KarlaClient.builder().shop("acme").apiKey("karla-key-123")
        .baseUrl("https://proxyuser:proxy-pass-77@api.gokarla.io").build()) {
      assertFalse(client.toString().contains("proxy-pass-77"), client.toString());
    }
  }

  @Test
  void aClosedClientFailsFastAndSendsNothing() {
    KarlaClient client = KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP)
        .apiKey(karla.apiKey()).build();
    client.shops().search(ShopSearchRequest.builder().build());
    int before = karla.requests().size();
    client.close();
    assertThrows(IllegalStateException.class, () -> client.shops().search(ShopSearchRequest.builder().build()));
    assertEquals(before, karla.requests().size());
  }

  @Test
  void theEnvironmentIsReadLikeFromEnvAndLaterBuilderCallsWin() {
    try (KarlaClient client = KarlaClient.builder()
        .environment(Map.of("KARLA_API_KEY", "karla-wrong-from-env", "KARLA_SHOP", FakeKarla.DEFAULT_SHOP,
            "KARLA_BASE_URL", karla.baseUrl()))
        .apiKey(karla.apiKey()).build()) {
      client.shops().search(ShopSearchRequest.builder().build());
    }
    assertEquals(1, karla.requests().size());
  }
}

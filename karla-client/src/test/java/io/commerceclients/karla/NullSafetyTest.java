package io.commerceclients.karla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.support.PublicPackages;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.webhook.WebhookSigner;
import io.commerceclients.karla.webhook.WebhookVerificationException;
import io.commerceclients.karla.webhook.WebhookVerifier;
import io.commerceclients.testing.karla.FakeKarla;
import java.lang.reflect.AnnotatedParameterizedType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Karla client's API is null-marked, and what it documents as nullable is: a builder setting
 * reset with null falls back to its default, a missing signature header is a verification failure,
 * and an event's free-form data keeps the JSON nulls Karla sends.
 */
class NullSafetyTest {

  private static final String SECRET = "whsec_0123456789abcdef";
  private static final Instant T = Instant.ofEpochSecond(1_710_400_463L);

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  @Test
  void everyPublicPackageIsNullMarked() {
    Map<String, Class<?>> packages = PublicPackages.of(KarlaClient.class);

    assertTrue(packages.keySet().containsAll(List.of("io.commerceclients.karla", "io.commerceclients.karla.webhook",
        "io.commerceclients.karla.model", "io.commerceclients.karla.model.webhook", "io.commerceclients.karla.order")),
        "the scan found " + packages.keySet());
    assertFalse(packages.keySet().stream().anyMatch(p -> p.contains(".internal")), packages.keySet().toString());
    assertEquals(List.of(), PublicPackages.notNullMarked(packages),
        "public packages without @NullMarked in their package-info.java");
  }

  @Test
  void aUsernameResetToNullFallsBackToTheShopSlug() throws Exception {
    assertTrue(KarlaClient.Builder.class.getMethod("username", String.class).getAnnotatedParameterTypes()[0]
        .isAnnotationPresent(Nullable.class));
    karla.reset();

    try (KarlaClient client = KarlaClient.builder().baseUrl(karla.baseUrl()).username("someone-else").username(null)
        .shop(FakeKarla.DEFAULT_SHOP).apiKey(karla.apiKey()).sleeper(d -> { }).build()) {
      client.orders().place(PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
          .address(Address.builder().zipCode("10178").build()).build());
    }

    String basic = Base64.getEncoder().encodeToString(
        (FakeKarla.DEFAULT_SHOP + ":" + karla.apiKey()).getBytes(StandardCharsets.UTF_8));
    assertEquals("Basic " + basic, karla.requests().get(0).header("Authorization").orElseThrow());
    assertEquals("/v1/shops/gokarla/orders", karla.requests().get(0).path());
    assertEquals(1, karla.orders(FakeKarla.DEFAULT_SHOP).size());
  }

  @Test
  void aMissingSignatureHeaderIsRefusedAsSuch() throws Exception {
    assertTrue(WebhookVerifier.class.getMethod("verify", String.class, String.class).getAnnotatedParameterTypes()[1]
        .isAnnotationPresent(Nullable.class));

    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> verifier().verify("{\"event_group\":\"shipment_updates\"}", null));

    assertEquals(WebhookVerificationException.Reason.MISSING_SIGNATURE, e.reason());
  }

  @Test
  void anEventKeepsTheNullsOfItsFreeFormData() throws Exception {
    AnnotatedParameterizedType data = (AnnotatedParameterizedType)
        WebhookEvent.class.getMethod("eventData").getAnnotatedReturnType();
    assertTrue(data.getAnnotatedActualTypeArguments()[1].isAnnotationPresent(Nullable.class));
    String body = "{\"source\":\"karla\",\"event_group\":\"custom_group\","
        + "\"event_data\":{\"reference\":\"r-1\",\"cancelled_at\":null},\"context\":{\"shop_slug\":null}}";

    WebhookEvent event = verifier().verify(body, WebhookSigner.of(SECRET).sign(body, T));

    assertEquals("r-1", event.eventData().get("reference"));
    assertTrue(event.eventData().containsKey("cancelled_at"));
    assertNull(event.eventData().get("cancelled_at"));
    assertTrue(event.context().containsKey("shop_slug"));
    assertNull(event.context().get("shop_slug"));
  }

  private static WebhookVerifier verifier() {
    return WebhookVerifier.builder().secret(SECRET).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
  }
}

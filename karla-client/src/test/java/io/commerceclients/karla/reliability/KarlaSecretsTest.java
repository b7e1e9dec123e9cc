package io.commerceclients.karla.reliability;

import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.FaultCase;
import io.commerceclients.core.support.LogCapture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.shop.ImageUpload;
import io.commerceclients.karla.webhook.WebhookSigner;
import io.commerceclients.karla.webhook.WebhookVerifier;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * With BODY logging on, Karla operations that carry secrets (Basic credentials, Klaviyo key, Shopify
 * token, Shopware secret, webhook secrets given and generated) and faults are run; then the logs, every
 * exception's message and {@code toString()}, and the {@code toString()} of the builder, the client,
 * the models, the requests and the webhook verifier and signer are scanned for each secret.
 */
class KarlaSecretsTest {

  private static final String API_KEY = "karla-live-2Bv6Nw9Qe4Rt7Ys1";
  private static final String WRONG_KEY = "karla-wrong-8Gh3Jk5Lm1Zx0Cv7";
  private static final String KLAVIYO = "pk_klaviyo_5Tg8Hy2Uj6Ik9Ol3";
  private static final String SHOPIFY = "shpat_shopify_4Rf7Ed1Ws9Qa3Zx6";
  private static final String SHOPWARE = "shopware-secret-6Yh2Nb8Mk4Lp0";
  private static final String WEBHOOK_SECRET = "whsec-given-3Kd9Fs7Ga1Hj5Lq2";

  @RegisterExtension
  final FakeKarla karla = new FakeKarla(FakeKarla.DEFAULT_USERNAME, API_KEY);

  private final List<Object> shown = new ArrayList<>();

  @Test
  void noSecretInLogsMessagesOrToString(@TempDir Path dir) throws Exception {
    Set<String> secrets = new TreeSet<>(List.of(API_KEY, WRONG_KEY, KLAVIYO, SHOPIFY, SHOPWARE, WEBHOOK_SECRET,
        basic(API_KEY), basic(WRONG_KEY)));
    Path logo = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    String logs;
    try (LogCapture capture = new LogCapture()) {
      KarlaClient.Builder builder = builder(API_KEY);
      shown.add(builder);
      try (KarlaClient client = builder.build()) {
        shown.add(client);
        KarlaShop shop = client.shop();
        shown.add(shop);
        shop.setKlaviyoKey(KLAVIYO);
        shop.setShopifyAccessToken(SHOPIFY);
        ShopwareCredentials shopware = ShopwareCredentials.builder().clientId("SWIA1").clientSecret(SHOPWARE).build();
        shown.add(shopware);
        shop.setShopwareCredentials(shopware);
        shown.add(shop.keys());
        CreateWebhookRequest given = CreateWebhookRequest.builder().url("https://hooks.example.com/a")
            .secret(WEBHOOK_SECRET).build();
        shown.add(given);
        shown.add(shop.webhooks().create(given));
        Webhook generated = shop.webhooks().create(CreateWebhookRequest.builder().url("https://hooks.example.com/b").build());
        shown.add(generated);
        secrets.add(generated.secret().orElseThrow());
        WebhookVerifier verifier = WebhookVerifier.builder().secret(WEBHOOK_SECRET).build();
        shown.add(verifier);
        shown.add(WebhookSigner.of(WEBHOOK_SECRET));
        String body = "{\"event_group\":\"shipment_update\"}";
        String foreign = WebhookSigner.of(generated.secret().orElseThrow()).sign(body, Instant.now());
        caught(() -> verifier.verify(body, foreign));
        caught(() -> verifier.verify(body, "t=1,v1=00"));
        PlaceOrderRequest order = PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1")
            .address(Address.builder().zipCode("10178").build()).build();
        shown.add(order);
        client.orders().place(order);
        client.orders().upsert(UpsertOrderRequest.builder().id("1001")
            .addTracking(OrderTracking.builder().trackingNumber("TRK-1").build()).build());
        shown.add(client.orders().searchAll(OrderSearchRequest.builder().build()).stream().collect(Collectors.toList()));
        shown.add(shop.uploadImage(ImageType.LOGO, ImageUpload.of(logo)));
        caught(() -> client.orders().place(order));
        caught(() -> shop.setKlaviyoKey("short"));
        caught(() -> shop.webhooks().create(CreateWebhookRequest.builder().url("https://h.example.com")
            .secret(WEBHOOK_SECRET.substring(0, 10)).build()));
        for (Fault fault : List.of(Fault.status(500), Fault.status(503), Fault.rateLimited(120), Fault.connectionReset(),
            Fault.truncatedBody(), Fault.malformedJson(), FaultCase.TIMEOUT)) {
          karla.faults().failNext(3, RequestMatcher.of("*", "*"), fault);
          caught(() -> client.orders().search(OrderSearchRequest.builder().build()));
          karla.faults().clear();
          karla.faults().failNext(1, RequestMatcher.of("*", "*"), fault);
          caught(() -> shop.webhooks().create(CreateWebhookRequest.builder().url("https://hooks.example.com/c")
              .secret(WEBHOOK_SECRET).build()));
          karla.faults().clear();
        }
      }
      try (KarlaClient wrong = builder(WRONG_KEY).build()) {
        shown.add(wrong);
        caught(() -> wrong.orders().search(OrderSearchRequest.builder().build()));
        caught(() -> wrong.shop().setShopifyAccessToken(SHOPIFY));
      }
      caught(() -> builder(" " + API_KEY).build());
      caught(() -> builder(API_KEY + "\n").build());
      caught(() -> WebhookVerifier.builder().secret(" " + WEBHOOK_SECRET).build());
      logs = capture.text();
    }

    assertTrue(logs.contains("Authorization") && logs.contains("/webhooks"), "logging was on");
    assertTrue(shown.stream().anyMatch(o -> o instanceof ApiException), "faults produced exceptions");
    for (String secret : secrets) {
      assertFalse(logs.contains(secret), () -> "in the logs: " + logs.lines().filter(l -> l.contains(secret))
          .limit(3).collect(Collectors.joining("\n")));
      for (Object o : shown) {
        assertFalse(String.valueOf(o).contains(secret), () -> "in toString of " + o.getClass().getName() + ": " + o);
        if (o instanceof Throwable) {
          for (Throwable t = (Throwable) o; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "in a message: " + t);
            if (t instanceof ApiException) {
              assertFalse(((ApiException) t).rawBody().orElse("").contains(secret), "in a raw body: " + t);
            }
          }
        }
      }
    }
  }

  @Test
  void aSecretSentInTheBodyAndEchoedAsTheInputOfA422IsMaskedInMessagesRawBodiesAndLogs() {
    String logs;
    try (LogCapture capture = new LogCapture(); KarlaClient client = builder(API_KEY).build()) {
      KarlaShop shop = client.shop();
      Map<String, Runnable> calls = Map.of(
          KLAVIYO, () -> shop.setKlaviyoKey(KLAVIYO),
          SHOPIFY, () -> shop.setShopifyAccessToken(SHOPIFY),
          SHOPWARE, () -> shop.setShopwareCredentials(
              ShopwareCredentials.builder().clientId("SWIA1").clientSecret(SHOPWARE).build()),
          WEBHOOK_SECRET, () -> shop.webhooks().create(CreateWebhookRequest.builder()
              .url("https://hooks.example.com/a").secret(WEBHOOK_SECRET).build()));
      calls.forEach((secret, call) -> {
        karla.faults().failNext(1, RequestMatcher.of("*", "*"), unprocessable(secret));
        caught(call);
      });
      logs = capture.text();
    }
    assertEquals(4, shown.size(), "the API refused every value");
    for (String secret : List.of(KLAVIYO, SHOPIFY, SHOPWARE, WEBHOOK_SECRET)) {
      assertFalse(logs.contains(secret), "in the logs: " + secret);
    }
    for (Object o : shown) {
      ApiException e = (ApiException) o;
      String everything = e.getMessage() + e.rawBody().orElseThrow();
      assertTrue(everything.contains("\"input\":\"****\""), everything);
      for (String secret : List.of(KLAVIYO, SHOPIFY, SHOPWARE, WEBHOOK_SECRET)) {
        assertFalse(everything.contains(secret), everything);
      }
    }
  }

  /** FastAPI's 422, which carries the refused value as {@code input}. */
  private static Fault unprocessable(String input) {
    return Fault.status(422, "{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\",\"secret\"],"
        + "\"msg\":\"Value error, already used by another shop\",\"input\":\"" + input + "\"}]}");
  }

  private KarlaClient.Builder builder(String apiKey) {
    return KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP).apiKey(apiKey)
        .logLevel(HttpLogLevel.BODY).readTimeout(FaultCase.READ_TIMEOUT).sleeper(new RecordingSleeper());
  }

  private static String basic(String key) {
    return Base64.getEncoder().encodeToString((FakeKarla.DEFAULT_USERNAME + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  private void caught(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      shown.add(e);
    }
  }
}

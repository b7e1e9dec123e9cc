package io.commerceclients.karla.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.testing.karla.FakeKarla;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shop fields of Karla's older schema ({@code klaviyo_enabled}, {@code web_tracking_enabled},
 * {@code go_live_at}) go out and come back, through FakeKarla and through WireMock.
 */
@WireMockTest
class KarlaShopFieldsRoundTripTest {

  @RegisterExtension
  final FakeKarla karla = new FakeKarla();

  private KarlaClient fakeClient() {
    return KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP)
        .apiKey(FakeKarla.DEFAULT_API_KEY).maxRetries(0).build();
  }

  @Test
  void theOlderSchemasShopFieldsRoundTripThroughFakeKarla() {
    try (KarlaClient client = fakeClient()) {
      client.shops().create(CreateShopRequest.builder().name("Acme").slug("acme").klaviyoEnabled(true).build());
      Shop created = client.shop("acme").get();
      assertEquals(Optional.of(true), created.klaviyoEnabled());
      assertEquals(Optional.of(false), created.webTrackingEnabled(), "Karla's default");
      assertEquals(Optional.empty(), created.goLiveAt());

      client.shop("acme").update(UpdateShopRequest.builder().webTrackingEnabled(true).klaviyoEnabled(false).build());
      karla.goLiveAt("acme", Instant.parse("2025-03-01T08:00:00Z"));
      Shop updated = client.shop("acme").get();
      assertEquals(Optional.of(false), updated.klaviyoEnabled());
      assertEquals(Optional.of(true), updated.webTrackingEnabled());
      assertEquals(Optional.of(OffsetDateTime.parse("2025-03-01T08:00:00Z")), updated.goLiveAt());
      assertEquals(Optional.of("Acme"), updated.name());
    }
    assertTrue(karla.requests(r -> r.method().equals("PATCH")).get(0).bodyText().contains("\"web_tracking_enabled\":true"));
  }

  @Test
  void fakeKarlaRefusesAFlagThatIsNotABoolean() throws Exception {
    try (KarlaClient client = fakeClient()) {
      String basic = Base64.getEncoder().encodeToString(
          (FakeKarla.DEFAULT_USERNAME + ":" + FakeKarla.DEFAULT_API_KEY).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(karla.baseUrl() + "/v1/shops/" + FakeKarla.DEFAULT_SHOP))
              .header("Authorization", "Basic " + basic)
              .header("Content-Type", "application/json")
              .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"klaviyo_enabled\":\"yes\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(422, answer.statusCode());
      assertTrue(answer.body().contains("klaviyo_enabled"), answer.body());
      assertEquals(Optional.of(false), client.shop().get().klaviyoEnabled());
    }
  }

  @Test
  void theOlderSchemasShopFieldsGoOutAndComeBackOnTheWire(WireMockRuntimeInfo wm) {
    stubFor(get("/v1/shops/acme").willReturn(okJson("{\"slug\":\"acme\",\"klaviyo_enabled\":true,"
        + "\"web_tracking_enabled\":false,\"go_live_at\":\"2025-03-01T08:00:00+01:00\"}")));
    stubFor(post("/v1/shops").willReturn(okJson("null").withStatus(201)));
    stubFor(patch(urlEqualTo("/v1/shops/acme")).willReturn(okJson("null")));

    try (KarlaClient client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).username("acme").apiKey("k-1234567890")
        .maxRetries(0).build()) {
      Shop shop = client.shop("acme").get();
      assertEquals(Optional.of(true), shop.klaviyoEnabled());
      assertEquals(Optional.of(false), shop.webTrackingEnabled());
      assertEquals(Optional.of(OffsetDateTime.parse("2025-03-01T08:00:00+01:00")), shop.goLiveAt());

      client.shops().create(CreateShopRequest.builder().name("Acme").slug("acme").klaviyoEnabled(false)
          .webTrackingEnabled(true).build());
      client.shop("acme").update(UpdateShopRequest.builder().klaviyoEnabled(true).build());
    }
    verify(postRequestedFor(urlEqualTo("/v1/shops")).withRequestBody(equalToJson(
        "{\"name\":\"Acme\",\"slug\":\"acme\",\"klaviyo_enabled\":false,\"web_tracking_enabled\":true}")));
    verify(patchRequestedFor(urlEqualTo("/v1/shops/acme")).withRequestBody(equalToJson("{\"klaviyo_enabled\":true}")));
  }

  @Test
  void aGetAnsweredWithoutABodyIsAProtocolFailure(WireMockRuntimeInfo wm) {
    stubFor(get("/v1/shops/acme").willReturn(okJson("null")));
    stubFor(get("/v1/shops/acme/settings").willReturn(okJson("null")));
    try (KarlaClient client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).username("acme").apiKey("k-1234567890")
        .maxRetries(0).build()) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> client.shop("acme").get());
      assertTrue(e.getMessage().contains("KarlaApi.getShop (GET /v1/shops/{slug}): the API answered 200 with no body (or a JSON null)"), e.getMessage());
      assertThrows(ProtocolException.class, () -> client.shop("acme").settings().get());
    }
  }
}

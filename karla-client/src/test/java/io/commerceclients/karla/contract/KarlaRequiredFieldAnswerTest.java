package io.commerceclients.karla.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Karla answers that lack a field the response model requires (a resource's own identifier) must
 * fail with {@link ProtocolException} whose message names the operation (method and path) and the
 * field, never with an Immutables "Cannot build" message.
 *
 * <p><b>Depends on sdk-core</b>: the mapping of a "missing required attribute" during JSON decoding
 * to {@code ProtocolException} is being added to core's transport by the lead. Until it lands,
 * every test here fails (core answers a plain {@code TransportException} carrying the Immutables
 * message); run this class after merging that change.
 */
@WireMockTest
class KarlaRequiredFieldAnswerTest {

  private static void expectProtocolFailure(WireMockRuntimeInfo wm, Consumer<KarlaClient> call, String path, String field) {
    try (KarlaClient client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("acme").username("acme")
        .apiKey("k-1234567890").maxRetries(0).build()) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> call.accept(client));
      assertTrue(e.getMessage().contains(path), "operation " + path + " in: " + e.getMessage());
      assertTrue(e.getMessage().contains(field), "field " + field + " in: " + e.getMessage());
      assertFalse(e.getMessage().contains("Cannot build"), e.getMessage());
    }
  }

  @Test
  void aShopWithoutItsSlug(WireMockRuntimeInfo wm) {
    stubFor(get("/v1/shops/acme").willReturn(okJson("{\"uuid\":\"s-1\",\"name\":\"Acme\"}")));
    expectProtocolFailure(wm, c -> c.shop().get(), "/v1/shops/acme", "slug");
  }

  @Test
  void anOrderInASearchPageWithoutItsUuid(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/v1/shops/acme/orders")).willReturn(okJson(
        "[{\"uuid\":\"o-1\",\"order_number\":\"1\"},{\"order_number\":\"2\"}]")));
    expectProtocolFailure(wm, c -> c.orders().search(OrderSearchRequest.builder().build()), "/v1/shops/acme/orders", "uuid");
  }

  @Test
  void aCreatedWebhookWithoutItsUuid(WireMockRuntimeInfo wm) {
    stubFor(post("/v1/shops/acme/webhooks").willReturn(okJson("{\"url\":\"https://hooks.example.com/k\"}").withStatus(201)));
    expectProtocolFailure(wm, c -> c.webhooks().create(CreateWebhookRequest.builder()
        .url("https://hooks.example.com/k").secret("0123456789abcdef0123").build()), "/v1/shops/acme/webhooks", "uuid");
  }

  @Test
  void anOrganizationWithoutItsSlug(WireMockRuntimeInfo wm) {
    stubFor(get("/v1/orgs/acme").willReturn(okJson("{\"id\":1,\"name\":\"Acme\"}")));
    expectProtocolFailure(wm, c -> c.organizations().get("acme"), "/v1/orgs/acme", "slug");
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.internal.HostUrls;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant lookup answers a hostile {@code domain}: the client must refuse it with {@link
 * ProtocolException} before the bearer token goes anywhere but the auth host. A second loopback
 * server plays "the other host" and must see nothing; the same domain, well formed, reaches it.
 */
class TenantLookupHostileDomainTest {
  private static final String TOKEN = "/api/platform/applications/authtickets/oauth";
  private static final String LOOKUP = "/api/platform/tenants/123";
  private static final String LIST = "/api/platform/data/export";

  @RegisterExtension
  static WireMockExtension auth = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Hostile domains, each built around the other server's port. */
  static Stream<Arguments> hostileDomains() {
    List<IntFunction<String>> domains = List.of(
        p -> "http://127.0.0.1:" + p,
        p -> "https://127.0.0.1:" + p,
        p -> "//127.0.0.1:" + p,
        p -> "t12345.sandbox.mozu.com@127.0.0.1:" + p,
        p -> "user:pass@127.0.0.1:" + p,
        p -> "127.0.0.1:" + p + "/api/evil",
        p -> "127.0.0.1:" + p + "/",
        p -> "127.0.0.1:" + p + "?next=x",
        p -> "127.0.0.1:" + p + "#x",
        p -> "127.0.0.1:" + p + "\\@t1.sandbox.mozu.com",
        p -> " 127.0.0.1:" + p,
        p -> "127.0.0.1:" + p + " ",
        p -> "127.0.0.1 :" + p,
        p -> "127.0.0.1:" + p + "\r\nX-Injected: 1",
        p -> "127.0.0.1:",
        p -> "127.0.0.1:0",
        p -> "127.0.0.1:99999",
        p -> "127.0.0.1:-" + p,
        p -> "-bad.example:" + p,
        p -> "a..b:" + p,
        p -> "[::1:" + p,
        p -> "[not-ipv6]:" + p,
        p -> "x".repeat(300) + ".example",
        p -> "",
        p -> "   ");
    return domains.stream().map(f -> Arguments.of(f.apply(other.getPort())));
  }

  private KiboImportExportClient client() {
    return KiboImportExportClient.builder()
        .authHost(auth.baseUrl()).tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared")
        .maxRetries(0).build();
  }

  private void tokenAndLookupAnswer(String lookupBody) {
    auth.stubFor(post(TOKEN).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
    auth.stubFor(get(LOOKUP).willReturn(okJson(lookupBody)));
    other.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    auth.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
  }

  private static String lookupBody(String domain) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", 123).put("name", "Acme");
    return (domain == null ? body : body.put("domain", domain)).toString();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("hostileDomains")
  void aHostileDomainIsRefusedBeforeTheTokenLeavesTheAuthHost(String domain) {
    tokenAndLookupAnswer(lookupBody(domain));
    try (KiboImportExportClient client = client()) {
      ProtocolException e = assertThrows(ProtocolException.class,
          () -> client.exports().list(ListJobsRequest.builder().build()));
      assertTrue(e.getMessage().contains("tenants/123") && e.getMessage().contains("domain"), e.getMessage());
      assertFalse(e.getMessage().contains("tok-1"), e.getMessage());
      assertFalse(e.getMessage().contains("\r\n"), "control characters are escaped: " + e.getMessage());

      assertThrows(ProtocolException.class, () -> client.exports().list(ListJobsRequest.builder().build()));
    }
    assertEquals(0, other.findAll(anyRequestedFor(anyUrl())).size(), "the other host saw a request");
    assertEquals(2, auth.findAll(getRequestedFor(urlEqualTo(LOOKUP))).size(), "nothing was cached: looked up again");
    assertEquals(0, auth.findAll(getRequestedFor(urlPathEqualTo(LIST))).size());
  }

  @Test
  void aMissingOrNullDomainIsAProtocolErrorToo() {
    for (String body : List.of(lookupBody(null), "{\"id\":123,\"domain\":null}", "null")) {
      auth.resetAll();
      tokenAndLookupAnswer(body);
      try (KiboImportExportClient client = client()) {
        ProtocolException e = assertThrows(ProtocolException.class,
            () -> client.exports().list(ListJobsRequest.builder().build()));
        boolean answered = body.equals("null")
            ? e.getMessage().contains("KiboAuthApi.getTenant") && e.getMessage().contains("no body (or a JSON null)")
            : e.getMessage().contains("no domain") && e.getMessage().contains("KIBO_API_HOST");
        assertTrue(answered, e.getMessage());
      }
    }
    assertEquals(0, other.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void aPlainHostAndPortIsFollowedWithTheAuthHostsScheme() {
    tokenAndLookupAnswer(lookupBody("127.0.0.1:" + other.getPort()));
    try (KiboImportExportClient client = client()) {
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
    }
    other.verify(2, getRequestedFor(urlPathEqualTo(LIST))
        .withHeader("Authorization", equalTo("Bearer tok-1"))
        .withHeader("x-vol-tenant", equalTo("123")));
    assertEquals(1, auth.findAll(getRequestedFor(urlEqualTo(LOOKUP))).size(), "looked up once, then cached");
    assertEquals(1, auth.findAll(postRequestedFor(urlEqualTo(TOKEN))).size());
  }

  @Test
  void aLookupErrorIsNotCachedEither() {
    auth.stubFor(post(TOKEN).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
    auth.stubFor(get(LOOKUP).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(lookupBody("evil.example@127.0.0.1:" + other.getPort()))));
    try (KiboImportExportClient client = client()) {
      assertThrows(ProtocolException.class, () -> client.exports().list(ListJobsRequest.builder().build()));
      tokenAndLookupAnswer(lookupBody("127.0.0.1:" + other.getPort()));
      assertTrue(client.exports().list(ListJobsRequest.builder().build()).isEmpty());
    }
    other.verify(1, getRequestedFor(urlPathEqualTo(LIST)));
  }

  @Test
  void theTenantUrlTakesTheAuthHostsSchemeAndAcceptsHostNamesIpv4AndIpv6() {
    HttpUrl https = HttpUrl.get("https://home.mozu.com/");
    assertEquals("https://t12345.sandbox.mozu.com/api/",
        HostUrls.lookedUpTenantApi(12345, "t12345.sandbox.mozu.com", https).toString());
    assertEquals("https://t1.sb.euw1.kibocommerce.com:8443/api/",
        HostUrls.lookedUpTenantApi(1, "t1.sb.euw1.kibocommerce.com:8443", https).toString());
    assertEquals("https://10.0.0.1/api/", HostUrls.lookedUpTenantApi(1, "10.0.0.1", https).toString());
    assertEquals("https://[::1]:9000/api/", HostUrls.lookedUpTenantApi(1, "[::1]:9000", https).toString());
    assertEquals("http://localhost:9000/api/",
        HostUrls.lookedUpTenantApi(1, "localhost:9000", HttpUrl.get("http://127.0.0.1:1/")).toString());
    ProtocolException downgrade = assertThrows(ProtocolException.class,
        () -> HostUrls.lookedUpTenantApi(12345, "http://t12345.sandbox.mozu.com", https));
    assertTrue(downgrade.getMessage().contains("'http://t12345.sandbox.mozu.com'"), downgrade.getMessage());
    String longDomain = "a".repeat(5_000);
    ProtocolException capped = assertThrows(ProtocolException.class,
        () -> HostUrls.lookedUpTenantApi(1, longDomain + "/x", https));
    assertTrue(capped.getMessage().length() < 600, "the server's text is capped in the message");
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.validation.ValidationException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Ids that go into paths, and redirects: an id is one path segment whatever it holds, a dot segment
 * is refused before the network (blocking or asynchronous), and neither the shared secret nor the
 * token follows a redirect to another origin.
 */
@WireMockTest
class KiboPathsAndRedirectsTest extends KiboWireBase {

  @Test
  void idsWithReservedCharactersAreEncodedAsOneSegment() {
    stubFor(get(urlPathMatching("/api/platform/data/files/.*")).willReturn(okJson("{\"id\":\"x\"}")));
    for (String id : List.of("a/b", "a?b", "a#b", "a%2Fb", "a b", "é")) {
      client().files().get(id);
    }
    List<String> urls = findAll(getRequestedFor(urlPathMatching("/api/platform/data/files/.*"))).stream()
        .map(LoggedRequest::getUrl).toList();
    assertEquals(List.of("/api/platform/data/files/a%2Fb", "/api/platform/data/files/a%3Fb",
        "/api/platform/data/files/a%23b", "/api/platform/data/files/a%252Fb", "/api/platform/data/files/a%20b",
        "/api/platform/data/files/%C3%A9"), urls);
  }

  @Test
  void dotSegmentsAreRefusedBeforeTheNetworkBlockingAndAsync() {
    for (String id : List.of(".", "..")) {
      ValidationException e = assertThrows(ValidationException.class, () -> client().imports().get(id));
      assertEquals("jobId", e.field());
      ExecutionException f = assertThrows(ExecutionException.class, () -> client().async().imports().get(id).get());
      assertInstanceOf(ValidationException.class, f.getCause());
      assertThrows(ValidationException.class, () -> client().files().download(id, dir.resolve("x")));
      assertThrows(ValidationException.class, () -> client().exports().delete(id));
    }
    verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aTokenEndpointRedirectingToAnotherOriginNeverCarriesTheSecretThere() {
    String other = otherOrigin() + "/steal";
    assertFalse(base.contains("127.0.0.1"));
    for (int status : new int[] {307, 308}) {
      resetAllRequests();
      stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(status).withHeader("Location", other)));
      stubFor(any(urlPathEqualTo("/steal")).willReturn(okJson("{\"access_token\":\"evil\",\"expires_in\":3600}")));
      ProtocolException e = assertThrows(ProtocolException.class, () -> client().files().get("f1"));
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
      verify(0, anyRequestedFor(urlPathEqualTo("/steal")));
      verify(0, getRequestedFor(urlPathEqualTo("/api/platform/data/files/f1")));
    }
  }

  @Test
  void aTenantApiRedirectToAnotherOriginDropsTheToken() {
    stubFor(get("/api/platform/data/files/f1").willReturn(aResponse().withStatus(302)
        .withHeader("Location", otherOrigin() + "/elsewhere")));
    stubFor(get("/elsewhere").willReturn(okJson("{\"id\":\"f1\"}")));

    client().files().get("f1");

    verify(getRequestedFor(urlEqualTo("/api/platform/data/files/f1")).withHeader("Authorization", equalTo("Bearer tok-1")));
    verify(getRequestedFor(urlEqualTo("/elsewhere")).withHeader("Authorization", absent()));
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.TransportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Answers a server should not give: a download cut short, an HTML error page, a huge public-link
 * answer, the credentials echoed in an error. Each ends in a typed exception that shows no secret
 * and leaves no file behind.
 */
@WireMockTest
class KiboMisbehavingServerTest extends KiboWireBase {

  @Test
  void aDownloadCutShortLeavesTheTargetUntouchedAndNoPartialFileBlockingOrAsync() throws Exception {
    stubFor(get("/api/platform/data/files/f1/content").willReturn(aResponse().withStatus(200)
        .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    Path target = Files.writeString(dir.resolve("keep.csv"), "old");

    assertThrows(TransportException.class, () -> client().files().download("f1", target));
    assertOnly(target, "old");

    ExecutionException f = assertThrows(ExecutionException.class,
        () -> client().async().files().download("f1", target).get());
    assertInstanceOf(TransportException.class, f.getCause(), f.getCause()::toString);
    assertOnly(target, "old");
  }

  private void assertOnly(Path target, String content) throws Exception {
    assertEquals(content, Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void anHtmlErrorPageIsAServerErrorWhoseMessageStaysShort() {
    String html = "<html><body>" + "x".repeat(200_000) + "</body></html>";
    stubFor(get("/api/platform/data/import/j1").willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "text/html").withBody(html)));

    ServerException e = assertThrows(ServerException.class, () -> client().imports().get("j1"));

    assertEquals(500, e.statusCode());
    assertTrue(e.getMessage().length() < 5_000, () -> "message length " + e.getMessage().length());
  }

  @Test
  void aHugePublicLinkAnswerIsRefusedUnderTheBodyCap() {
    byte[] huge = new byte[40 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    stubFor(post(urlPathEqualTo("/api/platform/data/files/f1/generatelink"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(huge)));

    assertThrows(ProtocolException.class, () -> client().files().publicLink("f1"));
  }

  @Test
  void theSharedSecretAndTheTokenEchoedByTheTenantHostNeverShow() {
    stubFor(get("/api/platform/data/import/j1").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"bad token tok-1 for secret " + SECRET + "\",\"errorCode\":\"X\"}")));
    stubFor(get("/api/platform/tenants/123").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"tenant lookup with " + SECRET + "\"}")));

    ApiException e = assertThrows(ApiException.class, () -> client().imports().get("j1"));
    assertFalse(e.getMessage().contains("tok-1"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(e.toString().contains(SECRET), e.toString());

    ApiException lookup = assertThrows(ApiException.class, () -> lookupClient().imports().get("j1"));
    assertTrue(lookup.getMessage().contains("tenant lookup with"), lookup.getMessage());
    assertFalse(lookup.getMessage().contains(SECRET), lookup.getMessage());
  }

  private io.commerceclients.kibo.importexport.KiboImportExportClient lookupClient() {
    return io.commerceclients.kibo.importexport.KiboImportExportClient.builder()
        .authHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET).sleeper(d -> { }).maxRetries(0).build();
  }
}

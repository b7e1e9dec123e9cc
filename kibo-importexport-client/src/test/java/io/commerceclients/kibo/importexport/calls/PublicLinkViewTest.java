package io.commerceclients.kibo.importexport.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view's extra headers and query parameters go to Kibo's API calls, never to a pre-signed public
 * link, even one on a Kibo host: an added query parameter would break the link's signature.
 */
@WireMockTest
class PublicLinkViewTest {

  @Test
  void aViewsExtraHeaderAndQueryReachTheApiButNeverAPublicLink(WireMockRuntimeInfo wm, @TempDir Path dir) throws Exception {
    String base = wm.getHttpBaseUrl();
    stubFor(post("/api/platform/applications/authtickets/oauth").willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
    stubFor(get(urlPathEqualTo("/api/platform/data/files/f1")).willReturn(okJson("{\"id\":\"f1\"}")));
    stubFor(get(urlPathEqualTo("/signed/export.zip")).willReturn(aResponse().withStatus(200).withBody("ZIP")));
    URI signed = URI.create(base + "/signed/export.zip?X-Amz-Signature=abc");

    try (KiboImportExportClient client = KiboImportExportClient.builder().authHost(base).tenantHost(base).tenantId(123)
        .clientId("app.id").sharedSecret("s3cr3t-shared").sleeper(d -> { }).build()) {
      KiboImportExportClient view = client.withOptions(o -> o.header("X-Trace-Id", "t-1").queryParameter("trace", "1"));
      view.files().get("f1");
      view.files().downloadPublicLink(signed, dir.resolve("e.zip"));
      view.async().files().downloadPublicLink(signed, new ByteArrayOutputStream()).get();
    }

    verify(getRequestedFor(urlEqualTo("/api/platform/data/files/f1?trace=1")).withHeader("X-Trace-Id", equalTo("t-1")));
    verify(2, getRequestedFor(urlEqualTo("/signed/export.zip?X-Amz-Signature=abc"))
        .withHeader("X-Trace-Id", absent()).withHeader("Authorization", absent()));
  }
}

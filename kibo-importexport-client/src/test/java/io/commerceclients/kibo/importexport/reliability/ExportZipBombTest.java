package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.UnsafeZipException;
import io.commerceclients.kibo.importexport.csv.UnzipLimits;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ImmutableExportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kibo export whose ZIP, served from a loopback "storage" link, is a bomb (128 MiB of zeros in
 * about 130 KB): {@code exports().run(... unzipTo ...)} stops the extraction early, leaves nothing
 * in the directory and keeps the downloaded ZIP for inspection.
 */
@WireMockTest
class ExportZipBombTest {

  @TempDir
  Path dir;

  private String base;
  private byte[] bomb;

  @BeforeEach
  void serveExport(WireMockRuntimeInfo wm) throws Exception {
    base = wm.getHttpBaseUrl();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.setLevel(Deflater.BEST_COMPRESSION);
      z.putNextEntry(new ZipEntry("products.csv"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 128; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    bomb = bytes.toByteArray();
    String job = "{\"id\":\"e1\",\"domain\":\"catalog\",\"status\":\"complete\",\"isComplete\":true,"
        + "\"resources\":[{\"resource\":\"Products\",\"status\":\"complete\",\"isComplete\":true}],"
        + "\"files\":[{\"id\":\"x1\",\"fileType\":\"export\"}]}";
    WireMock.stubFor(post("/api/platform/applications/authtickets/oauth")
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")));
    WireMock.stubFor(post("/api/platform/data/export").willReturn(okJson(job)));
    WireMock.stubFor(get("/api/platform/data/export/e1").willReturn(okJson(job)));
    WireMock.stubFor(post(urlPathEqualTo("/api/platform/data/files/x1/generatelink"))
        .willReturn(okJson("\"" + base + "/storage/export.zip?sig=1\"")));
    WireMock.stubFor(get(urlPathEqualTo("/storage/export.zip"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(bomb)));
  }

  private ImmutableExportRequest.Builder request() {
    return ExportRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS))
        .target(dir.resolve("export.zip")).unzipTo(dir.resolve("csv"));
  }

  @Test
  void aBombServedAsTheExportStopsEarlyAndLeavesNothing() throws Exception {
    assertTrue(bomb.length < 512 * 1024, "small on the wire: " + bomb.length);
    try (KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret("s3cr3t-shared")
        .sleeper(d -> { }).polling(PollingOptions.builder().interval(Duration.ofMillis(1)).multiplier(1).build())
        .build()) {
      UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> client.exports().run(request().build()));
      assertTrue(e.getMessage().contains("UnzipLimits.maxCompressionRatio"), e.getMessage());
      assertFalse(Files.exists(dir.resolve("csv")), "the partial CSV and its directory were removed");
      assertEquals(bomb.length, Files.size(dir.resolve("export.zip")), "the downloaded ZIP stays for inspection");

      UnsafeZipException total = assertThrows(UnsafeZipException.class, () -> client.exports().run(request()
          .unzipLimits(UnzipLimits.defaults().withMaxCompressionRatio(Integer.MAX_VALUE).withMaxTotalBytes(4L << 20))
          .build()));
      assertTrue(total.getMessage().contains("UnzipLimits.maxTotalBytes"), total.getMessage());
      assertFalse(Files.exists(dir.resolve("csv")));
    }
    WireMock.verify(2, getRequestedFor(urlPathEqualTo("/storage/export.zip")));
  }
}

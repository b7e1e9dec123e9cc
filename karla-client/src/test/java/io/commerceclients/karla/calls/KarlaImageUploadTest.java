package io.commerceclients.karla.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.shop.ImageUpload;
import io.commerceclients.testing.karla.FakeKarla;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shop image uploads, blocking and asynchronous: one streamed multipart part named {@code image};
 * a file upload refused with a 429 is sent again whole, a stream upload (read once) never is.
 */
class KarlaImageUploadTest {

  private static final String KEY = "karla-image-test-key-01";
  private static final String IMAGES = "/v1/shops/gokarla/images/logo";

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  @TempDir Path dir;

  private final WireMockServer wire = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private KarlaClient client;

  @BeforeEach
  void start() {
    wire.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    wire.stop();
  }

  private KarlaClient wireClient() {
    client = KarlaClient.builder().baseUrl(wire.baseUrl()).shop("gokarla").apiKey(KEY).sleeper(new RecordingSleeper()).build();
    return client;
  }

  private static byte[] image(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    return bytes;
  }

  @Test
  void anAsyncUploadStreamsAFileOrAStreamAsOnePartNamedImage() throws Exception {
    byte[] png = image(300_000);
    Path logo = Files.write(dir.resolve("logo.png"), png);
    try (KarlaClient fake = karla.clientBuilder(KarlaClient.Builder.class).build()) {
      ShopImage fromFile = fake.async().shop().uploadImage(ImageType.LOGO, ImageUpload.of(logo, "image/png"))
          .get(30, TimeUnit.SECONDS);
      ShopImage fromStream = fake.async().shop().uploadImage(ImageType.LOGO,
          ImageUpload.of(new ByteArrayInputStream(png), png.length, "banner.png", null)).get(30, TimeUnit.SECONDS);

      assertEquals(Optional.of(ImageType.LOGO), fromFile.imageType());
      assertTrue(fromStream.url().orElseThrow().startsWith("https://cdn.gokarla.io/gokarla/logo/"));
    }
    List<FakeKarla.UploadedImage> stored = karla.images(FakeKarla.DEFAULT_SHOP);
    assertEquals(2, stored.size());
    assertEquals("logo.png", stored.get(0).filename());
    assertEquals("banner.png", stored.get(1).filename());
    assertEquals("image/png", stored.get(1).contentType());
    assertEquals(png.length, stored.get(0).size());
    assertEquals(png.length, stored.get(1).size());
  }

  @Test
  void aFileUploadAnswered429IsSentAgainWhole() throws Exception {
    byte[] png = image(50_000);
    Path logo = Files.write(dir.resolve("logo.png"), png);
    wire.stubFor(post(urlPathEqualTo(IMAGES)).inScenario("u").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    wire.stubFor(post(urlPathEqualTo(IMAGES)).inScenario("u").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"url\":\"https://cdn.example/logo.png\",\"image_type\":\"logo\"}")));
    wireClient();

    ShopImage image = client.async().shop().uploadImage(ImageType.LOGO, ImageUpload.of(logo, "image/png"))
        .get(30, TimeUnit.SECONDS);

    assertEquals(Optional.of("https://cdn.example/logo.png"), image.url());
    List<LoggedRequest> sent = wire.findAll(postRequestedFor(urlPathEqualTo(IMAGES)));
    assertEquals(2, sent.size());
    for (LoggedRequest request : sent) {
      assertTrue(request.getHeader("Content-Type").startsWith("multipart/form-data; boundary="));
      assertEquals(1, request.getParts().size());
      assertEquals("image", request.getPart("image").getName());
      assertArrayEquals(png, request.getPart("image").getBody().asBytes());
    }
  }

  @Test
  void aStreamUploadAnswered429IsNeverSentTwiceBlockingOrAsync() throws Exception {
    wire.stubFor(post(urlPathEqualTo(IMAGES)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    byte[] png = image(20_000);
    wireClient();

    assertThrows(RateLimitException.class, () -> client.shop().uploadImage(ImageType.LOGO,
        ImageUpload.of(new ByteArrayInputStream(png), png.length, "logo.png", "image/png")));
    assertEquals(1, wire.findAll(postRequestedFor(urlPathEqualTo(IMAGES))).size());

    CompletableFuture<ShopImage> async = client.async().shop().uploadImage(ImageType.LOGO,
        ImageUpload.of(new ByteArrayInputStream(png), -1, "logo.png", "image/png"));
    Throwable failure = assertThrows(ExecutionException.class, () -> async.get(30, TimeUnit.SECONDS)).getCause();
    assertInstanceOf(RateLimitException.class, failure);
    List<LoggedRequest> sent = wire.findAll(postRequestedFor(urlPathEqualTo(IMAGES)));
    assertEquals(2, sent.size(), "one request per upload");
    assertTrue(Arrays.equals(png, sent.get(1).getPart("image").getBody().asBytes()), "the unknown-length stream was sent whole");
  }

  @Test
  void aStreamUploadRedirectedWithin307ToTheSameHostIsNotSentAgain() throws Exception {
    wire.stubFor(post(urlPathEqualTo(IMAGES)).willReturn(aResponse().withStatus(307)
        .withHeader("Location", wire.baseUrl() + IMAGES + "-moved")));
    wire.stubFor(post(urlPathEqualTo(IMAGES + "-moved")).willReturn(okJson("{}")));
    byte[] png = image(20_000);
    wireClient();

    assertThrows(ApiException.class, () -> client.shop().uploadImage(ImageType.LOGO,
        ImageUpload.of(new ByteArrayInputStream(png), png.length, "logo.png", "image/png")));

    assertEquals(1, wire.findAll(postRequestedFor(urlPathEqualTo(IMAGES))).size());
    assertEquals(0, wire.findAll(postRequestedFor(urlPathEqualTo(IMAGES + "-moved"))).size(),
        "the stream, already read, is not sent again to the redirect's target");
  }

  @Test
  void aMissingTypeOrImageIsAFailedFutureAndNothingIsSent() throws Exception {
    wireClient();
    Throwable noType = assertThrows(ExecutionException.class,
        () -> client.async().shop().uploadImage(null, ImageUpload.of(Files.write(dir.resolve("a.png"), image(10))))
            .get(30, TimeUnit.SECONDS)).getCause();
    assertInstanceOf(ValidationException.class, noType);
    assertEquals("type", ((ValidationException) noType).field());
    Throwable noImage = assertThrows(ExecutionException.class,
        () -> client.async().shop().uploadImage(ImageType.LOGO, null).get(30, TimeUnit.SECONDS)).getCause();
    assertEquals("image", assertInstanceOf(ValidationException.class, noImage).field());
    assertEquals(0, wire.getAllServeEvents().size());
  }
}

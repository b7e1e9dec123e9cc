package io.commerceclients.kiliba;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.polling.JobFailedException;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The physical-store upload against WireMock, as S3 sees it: the pre-signed URL is used verbatim
 * (its signature covers the encoded query), the file goes with a Content-Length (S3 refuses a
 * chunked PUT) and without any credential or extra header; and a completion whose answer is
 * already final ends the upload without reading the status again.
 */
@WireMockTest
class UploadWireTest {

  private static final String ID = "6f1c2a3b-1d2e-4f5a-8b9c-0d1e2f3a4b5c";
  private static final String QUERY = "X-Amz-Algorithm=AWS4-HMAC-SHA256"
      + "&X-Amz-Credential=AKIA%2F20250101%2Feu-west-3%2Fs3%2Faws4_request"
      + "&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=ab%2Bcd~e";

  private KilibaClient client;
  private String base;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    base = wm.getHttpBaseUrl();
    client = KilibaClient.builder().baseUrl(base).apiKey("test-key-123").sleeper(d -> { }).build();
    stubFor(put(urlPathMatching("/bucket/.*")).willReturn(aResponse().withStatus(200)));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void theFileGoesToThePresignedUrlVerbatimWithItsLengthAndNoCredential(@TempDir Path dir) throws Exception {
    stubSession(base + "/bucket/raw%20file.tsv?" + QUERY);
    stubCompletion("{\"uploadId\":\"" + ID + "\",\"status\":\"completed\",\"currentStage\":\"done\"}");
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\na@example.com\n");

    client.withOptions(o -> o.header("X-Trace-Id", "t-1")).physicalStores().upload(FileUpload.of(file));

    List<LoggedRequest> puts = findAll(putRequestedFor(anyUrl()));
    assertEquals(1, puts.size());
    LoggedRequest put = puts.get(0);
    assertEquals("/bucket/raw%20file.tsv?" + QUERY, put.getUrl());
    assertEquals(String.valueOf(Files.size(file)), put.getHeader("Content-Length"));
    assertNull(put.getHeader("Transfer-Encoding"));
    assertEquals("text/tab-separated-values", put.getHeader("Content-Type").replaceAll(";.*", ""));
    for (String header : List.of("X-API-Key", "Authorization", "Cookie", "X-Trace-Id")) {
      assertNull(put.getHeader(header), header);
    }
    assertEquals("email\na@example.com\n", put.getBodyAsString());
  }

  @Test
  void anEmptyFileIsSentWithALengthOfZero(@TempDir Path dir) throws Exception {
    stubSession(base + "/bucket/empty.tsv?X-Amz-Signature=abc");
    stubCompletion("{\"uploadId\":\"" + ID + "\",\"status\":\"uploaded\"}");
    Path file = Files.writeString(dir.resolve("empty.tsv"), "");

    UploadResult result = client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build());

    assertEquals("0", findAll(putRequestedFor(anyUrl())).get(0).getHeader("Content-Length"));
    assertTrue(findAll(postRequestedFor(urlPathEqualTo("/client/v1/physical-stores/uploads")))
        .get(0).getBodyAsString().contains("\"size\":0"));
    assertEquals(ID, result.status().uploadId());
  }

  @Test
  void aCompletionAnsweredAsFinishedEndsTheUploadWithoutAStatusRead(@TempDir Path dir) throws Exception {
    stubSession(base + "/bucket/a.tsv?X-Amz-Signature=abc");
    stubCompletion("{\"uploadId\":\"" + ID + "\",\"status\":\"completed\",\"rowsTotal\":2,\"rowsAccepted\":2}");
    Path file = Files.writeString(dir.resolve("a.tsv"), "email\na@example.com\nb@example.com\n");

    UploadResult blocking = client.physicalStores().upload(FileUpload.of(file));
    UploadResult async = client.async().physicalStores().upload(FileUpload.of(file)).get(30, TimeUnit.SECONDS);

    for (UploadResult result : List.of(blocking, async)) {
      assertTrue(result.finished());
      assertEquals(2L, result.rowsAccepted().orElseThrow());
    }
    assertEquals(0, findAll(getRequestedFor(anyUrl())).size());
    assertEquals(2, findAll(postRequestedFor(urlPathMatching(".*/complete"))).size());
  }

  @Test
  void aCompletionAnsweredAsFailedFailsTheUploadWithThatStatusInBothTwins(@TempDir Path dir) throws Exception {
    stubSession(base + "/bucket/a.tsv?X-Amz-Signature=abc");
    stubCompletion("{\"uploadId\":\"" + ID + "\",\"status\":\"failed\",\"detectionStatus\":\"failed\"}");
    Path file = Files.writeString(dir.resolve("a.tsv"), "not a store file");

    JobFailedException blocking = assertThrows(JobFailedException.class,
        () -> client.physicalStores().upload(FileUpload.of(file)));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> client.async().physicalStores().upload(FileUpload.of(file)).get(30, TimeUnit.SECONDS));

    JobFailedException failed = assertInstanceOf(JobFailedException.class, async.getCause());
    for (JobFailedException e : List.of(blocking, failed)) {
      assertEquals(ID, e.lastState(UploadStatus.class).orElseThrow().uploadId());
      assertTrue(e.getMessage().contains(ID), e.getMessage());
    }
    assertEquals(0, findAll(getRequestedFor(anyUrl())).size());
  }

  private static void stubSession(String presignedUrl) {
    stubFor(post("/client/v1/physical-stores/uploads").willReturn(okJson("{\"uploadId\":\"" + ID
        + "\",\"status\":\"created\",\"s3Key\":\"raw/a.tsv\",\"presignedUrl\":\"" + presignedUrl
        + "\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}")));
  }

  private static void stubCompletion(String status) {
    stubFor(post("/client/v1/physical-stores/uploads/" + ID + "/complete").willReturn(okJson(status)));
  }
}

package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

/**
 * An answer whose status line and headers come a byte at a time, so that no read timeout ever
 * fires, still ends: they must arrive within the headers timeout (the read timeout unless set),
 * counted from when the request has been written, without a call timeout.
 */
class TricklingHeadersTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final String WHOLE_ANSWER =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}";

  /** Sends a status line, then a header byte every 100 ms, for ever. */
  private static RawServer tricklingHeaders() throws IOException {
    return new RawServer(exchange -> exchange.trickle("HTTP/1.1 200 OK\r\nX-Slow: ", "x", 100));
  }

  /** Sends a whole answer with its headers a byte every 100 ms: about 1.5 s in all. */
  private static RawServer slowHeadersButWhole() throws IOException {
    return new RawServer(exchange -> {
      try {
        for (char c : WHOLE_ANSWER.substring(0, 15).toCharArray()) {
          Thread.sleep(100);
          exchange.write(String.valueOf(c));
        }
        exchange.write(WHOLE_ANSWER.substring(15));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    });
  }

  @Test
  void tricklingHeadersEndWithinTheReadTimeoutByDefaultAndAGetIsRetriedAsAfterAReadTimeout() throws IOException {
    try (RawServer server = tricklingHeaders();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofSeconds(1)).build()) {
      ApiTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
      assertTrue(e.getMessage().contains("responseHeadersTimeout"), e.getMessage());
      assertTrue(e.getMessage().contains("GET"), e.getMessage());
      assertEquals(3, server.exchanges().size(), "a GET is retried twice, as after a read timeout");
      assertEquals(3, server.connections(), "a connection whose headers timed out is never reused");
    }
  }

  @Test
  void aPostWhoseHeadersTrickleIsNotRetried() throws IOException {
    try (RawServer server = tricklingHeaders();
        TestClient c = TestClient.builder().baseUrl(server.url()).responseHeadersTimeout(Duration.ofMillis(500))
            .build()) {
      ApiTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.create(Map.of("a", 1)))));
      assertTrue(e.getMessage().contains("responseHeadersTimeout"), e.getMessage());
      assertEquals(1, server.exchanges().size());
      assertEquals("{\"a\":1}", server.exchanges().get(0).body);
    }
  }

  @Test
  void aSilentServerEndsAtTheHeadersTimeoutNotAtTheLongerReadTimeout() throws IOException {
    try (RawServer server = new RawServer(exchange -> exchange.stall(""));
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMinutes(10))
            .responseHeadersTimeout(Duration.ofMillis(500)).maxRetries(0).build()) {
      long start = System.nanoTime();
      ApiTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
      assertTrue(e.getMessage().contains("responseHeadersTimeout"), e.getMessage());
      assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(500), "not before the timeout");
    }
  }

  @Test
  void slowHeadersWithinTheTimeoutAreReadAndZeroTurnsTheTimeoutOff() throws IOException {
    try (RawServer server = slowHeadersButWhole();
        TestClient c = TestClient.builder().baseUrl(server.url()).responseHeadersTimeout(Duration.ofSeconds(15))
            .maxRetries(0).build()) {
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("1")));
    }
    try (RawServer server = slowHeadersButWhole();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMillis(600))
            .responseHeadersTimeout(Duration.ZERO).maxRetries(0).build()) {
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("1")), "each read waits under 600 ms");
    }
    try (RawServer server = slowHeadersButWhole();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMillis(600)).maxRetries(0)
            .build()) {
      ApiTimeoutException e = assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.getMessage().contains("responseHeadersTimeout"), "1.5 s of headers against 600 ms by default");
    }
  }

  @Test
  void theTimeoutEndsWithItsHeadersAndLeavesTheConnectionToTheNextCall() throws Exception {
    try (RawServer server = new RawServer(exchange -> exchange.write(WHOLE_ANSWER));
        TestClient c = TestClient.builder().baseUrl(server.url()).responseHeadersTimeout(Duration.ofMillis(300))
            .maxRetries(0).build()) {
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("1")));
      Thread.sleep(600);
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("2")));
      assertEquals(1, server.connections(), "the second call reused the first one's connection");
    }
  }

  @Test
  void theClockStartsOnceTheRequestBodyHasBeenWritten() throws IOException {
    RequestBody slowToWrite = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("text/plain");
      }

      @Override
      public long contentLength() {
        return 2;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("a");
        sink.flush();
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        sink.writeUtf8("b");
      }
    };
    try (RawServer server = new RawServer(exchange -> exchange.write(WHOLE_ANSWER));
        TestClient c = TestClient.builder().baseUrl(server.url()).responseHeadersTimeout(Duration.ofMillis(300))
            .maxRetries(0).build();
        Response response = c.transport.storageClient()
            .newCall(new Request.Builder().url(server.url() + "upload").put(slowToWrite).build()).execute()) {
      assertEquals(200, response.code(), "a second of writing does not count against 300 ms");
      assertEquals("ab", server.exchanges().get(0).body);
    }
  }

  @Test
  void thePreSignedStorageClientAndAsynchronousCallsAreBoundTheSameWay() throws Exception {
    try (RawServer server = tricklingHeaders();
        TestClient c = TestClient.builder().baseUrl(server.url()).responseHeadersTimeout(Duration.ofMillis(400))
            .maxRetries(0).build()) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> c.transport.executeAsync(c.api.get("1")).get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
      assertInstanceOf(ApiTimeoutException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("responseHeadersTimeout"), e.getCause().getMessage());
      SocketTimeoutException storage = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
          SocketTimeoutException.class, () -> c.transport.storageClient()
              .newCall(new Request.Builder().url(server.url() + "file").build()).execute()));
      assertTrue(storage.getMessage().contains("responseHeadersTimeout"), storage.getMessage());
    }
  }
}

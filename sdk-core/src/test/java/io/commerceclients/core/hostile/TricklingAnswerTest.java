package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JSON or error answer whose body keeps coming a byte at a time, so that no read timeout ever
 * fires, still ends: its body must arrive whole within the body timeout (the read timeout unless
 * set), without a call timeout.
 */
class TricklingAnswerTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  /** Starts an answer with {@code status} and then sends one byte of its body every 100 ms, for ever. */
  private static RawServer trickling(int status) throws IOException {
    return trickling(status, 100_000);
  }

  /** As {@link #trickling(int)}, the answer declaring {@code length} bytes. */
  private static RawServer trickling(int status, int length) throws IOException {
    return new RawServer(exchange -> exchange.trickle("HTTP/1.1 " + status
        + " X\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{\"s\":\"", "x", 100));
  }

  /** Sends the headers and the first bytes of a 200 answer, then nothing: only a timeout ends the wait. */
  private static RawServer stalling() throws IOException {
    return new RawServer(exchange -> exchange.stall(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"s\":"));
  }

  /** Sends a whole JSON answer a byte every 100 ms: {@code {"a":1}} takes about 0.7 s. */
  private static RawServer slowButWhole() throws IOException {
    return new RawServer(exchange -> {
      String body = "{\"a\":1}";
      exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
          + "\r\n\r\n");
      try {
        for (char c : body.toCharArray()) {
          Thread.sleep(100);
          exchange.write(String.valueOf(c));
        }
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    });
  }

  @Test
  void aTricklingJsonAnswerEndsWithinTheReadTimeoutByDefaultAndIsRetriedAsAReadTimeout() throws IOException {
    try (RawServer server = trickling(200);
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofSeconds(1)).build()) {
      ApiTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
      assertTrue(e.getMessage().contains("responseBodyTimeout"), e.getMessage());
      assertTrue(e.getMessage().contains("GET"), e.getMessage());
      assertEquals(3, server.exchanges().size(), "a GET is retried twice, as after a read timeout");
    }
  }

  @Test
  void aTricklingErrorAnswerEndsTooAndANonIdempotentCallIsNotRetried() throws IOException {
    try (RawServer server = trickling(500);
        TestClient c = TestClient.builder().baseUrl(server.url()).responseBodyTimeout(Duration.ofMillis(500)).build()) {
      assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.create(Map.of("a", 1)))));
      assertEquals(1, server.exchanges().size());
      assertTrue(server.exchanges().get(0).requestLine.startsWith("POST "), server.exchanges().get(0).requestLine);
    }
  }

  @Test
  void aBodyThatStopsEndsAtTheBodyTimeoutNotAtTheLongerReadTimeout() throws IOException {
    try (RawServer server = stalling();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMinutes(10))
            .responseBodyTimeout(Duration.ofMillis(500)).maxRetries(0).build()) {
      ApiTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
      assertTrue(e.getMessage().contains("responseBodyTimeout"), e.getMessage());
    }
  }

  @Test
  void bodyLevelLoggingReadsAStallingOrTricklingBodyWithinTheSameBounds() throws IOException {
    for (Duration bodyTimeout : new Duration[] {Duration.ZERO, Duration.ofMillis(500)}) {
      try (RawServer server = stalling();
          TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMillis(500))
              .responseBodyTimeout(bodyTimeout).logLevel(HttpLogLevel.BODY).maxRetries(0).build()) {
        assertTimeoutPreemptively(HANG_GUARD,
            () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
      }
    }
    for (int length : new int[] {1_000, 100_000}) {
      try (RawServer server = trickling(200, length);
          TestClient c = TestClient.builder().baseUrl(server.url()).responseBodyTimeout(Duration.ofMillis(500))
              .logLevel(HttpLogLevel.BODY).maxRetries(0).build()) {
        ApiTimeoutException e = assertTimeoutPreemptively(HANG_GUARD,
            () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
        assertTrue(e.getMessage().contains("responseBodyTimeout"), length + ": " + e.getMessage());
      }
    }
  }

  @Test
  void anAsynchronousCallIsBoundTheSameWay() throws Exception {
    try (RawServer server = trickling(200);
        TestClient c = TestClient.builder().baseUrl(server.url()).responseBodyTimeout(Duration.ofMillis(500))
            .maxRetries(0).build()) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> c.transport.executeAsync(c.api.get("1")).get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
      assertInstanceOf(ApiTimeoutException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("responseBodyTimeout"), e.getCause().getMessage());
      assertEquals(1, server.exchanges().size());
    }
  }

  @Test
  void aSlowBodyWithinTheBodyTimeoutIsRead() throws IOException {
    try (RawServer server = slowButWhole();
        TestClient c = TestClient.builder().baseUrl(server.url()).responseBodyTimeout(Duration.ofSeconds(15))
            .maxRetries(0).build()) {
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("1")));
    }
  }

  @Test
  void theBodyTimeoutEndsWithItsAnswerAndDoesNotCutTheNextCallOnTheSameConnection() throws Exception {
    try (RawServer server = new RawServer(exchange -> exchange.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}"));
        TestClient c = TestClient.builder().baseUrl(server.url()).responseBodyTimeout(Duration.ofMillis(300))
            .maxRetries(0).build()) {
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("1")));
      Thread.sleep(600);
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("2")));
      assertEquals(1, server.connections(), "the second call reused the first one's connection");
    }
  }

  @Test
  void zeroTurnsTheBodyTimeoutOffAndTheReadTimeoutStillBoundsEachRead() throws IOException {
    try (RawServer server = slowButWhole();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMillis(400))
            .responseBodyTimeout(Duration.ZERO).maxRetries(0).build()) {
      assertEquals(Map.of("a", 1), c.transport.execute(c.api.get("1")));
    }
    try (RawServer server = slowButWhole();
        TestClient c = TestClient.builder().baseUrl(server.url()).readTimeout(Duration.ofMillis(400)).maxRetries(0)
            .build()) {
      ApiTimeoutException e = assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.getMessage().contains("responseBodyTimeout"), e.getMessage());
    }
  }
}

package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.support.LogCapture;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A server that closes keep-alive connections while they sit idle in the pool: the next idempotent
 * request on such a connection is sent once more on a fresh one, without a retry; a POST is never
 * sent twice this way, as a server that handled it and dropped the connection looks the same.
 */
class StaleConnectionTest {

  /** Answers every request, then closes the connection shortly after, as a short keep-alive does. */
  private static RawServer closingIdleConnections() throws IOException {
    return new RawServer(exchange -> {
      String body = "{\"ok\":true}";
      exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body);
      new Thread(() -> {
        try {
          Thread.sleep(50);
          exchange.socket.close();
        } catch (InterruptedException | IOException ignored) {
          // closed either way
        }
      }).start();
    });
  }

  /** Lets the pooled connection sit idle past the half second after which a failure on it counts as a closed keep-alive. */
  private static void stayIdle() throws InterruptedException {
    Thread.sleep(800);
  }

  /** Stays idle, then waits until the server has closed the connection of every request it answered. */
  private static void waitUntilServerClosedIdleConnections(RawServer server) throws InterruptedException {
    stayIdle();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!server.exchanges().stream().allMatch(x -> x.socket.isClosed())) {
      assertTrue(System.nanoTime() < deadline, "the server never closed its idle connections");
      Thread.sleep(10);
    }
  }

  @Test
  void aPostOnAConnectionTheServerClosedWhileIdleIsSentOnceOnAFreshOneWithoutARetry() throws Exception {
    try (RawServer server = closingIdleConnections();
        LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(server.url()).maxRetries(0).build()) {
      c.transport.execute(c.api.get("warm-up"));
      waitUntilServerClosedIdleConnections(server);

      Map<String, Object> answer = c.transport.execute(c.api.create(Map.of("n", 1)));

      assertEquals(true, answer.get("ok"));
      List<String> posts = server.exchanges().stream().map(x -> x.requestLine)
          .filter(line -> line.startsWith("POST")).collect(Collectors.toList());
      assertEquals(1, posts.size(), "the server saw the POST exactly once");
      assertEquals(2, server.connections(), "the POST went over a fresh connection");
      assertFalse(logs.text().contains("retry"), logs.text());
    }
  }

  @Test
  void anIdempotentCallOnAStaleConnectionLogsNoRetry() throws Exception {
    try (RawServer server = closingIdleConnections();
        LogCapture logs = new LogCapture();
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      for (int i = 0; i < 3; i++) {
        assertEquals(true, c.transport.execute(c.api.get("x" + i)).get("ok"));
        waitUntilServerClosedIdleConnections(server);
      }
      assertEquals(3, server.exchanges().size());
      assertFalse(logs.text().contains("retry"), logs.text());
    }
  }

  /**
   * Answers the first exchange and keeps the connection; drops the connection of the second one
   * after reading its request, without an answer (handled, then lost); answers the rest.
   */
  private static RawServer droppingTheSecondAnswer() throws IOException {
    AtomicInteger exchanges = new AtomicInteger();
    return new RawServer(exchange -> {
      if (exchanges.incrementAndGet() == 2) {
        exchange.socket.close();
        return;
      }
      String body = "{\"ok\":true}";
      exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body);
    });
  }

  @Test
  void aPostWhoseAnswerIsLostOnAnIdleConnectionIsNotSentAgain() throws Exception {
    try (RawServer server = droppingTheSecondAnswer();
        TestClient c = TestClient.builder().baseUrl(server.url()).maxRetries(0).build()) {
      c.transport.execute(c.api.get("warm-up"));
      stayIdle();

      assertThrows(TransportException.class, () -> c.transport.execute(c.api.create(Map.of("n", 1))));

      assertEquals(1, server.exchanges().stream().filter(x -> x.requestLine.startsWith("POST")).count(),
          "the POST the server may have handled was not sent again");
    }
  }

  @Test
  void anIdempotentPostWhoseAnswerIsLostOnAnIdleConnectionIsSentOnceMore() throws Exception {
    try (RawServer server = droppingTheSecondAnswer();
        TestClient c = TestClient.builder().baseUrl(server.url()).maxRetries(0).build()) {
      c.transport.execute(c.api.get("warm-up"));
      stayIdle();

      assertEquals(true, c.transport.execute(c.api.upsert(Map.of("n", 1))).get("ok"));

      assertEquals(2, server.exchanges().stream().filter(x -> x.requestLine.startsWith("POST")).count());
      assertEquals(2, server.connections(), "sent again on a fresh connection");
    }
  }

  @Test
  void aFreshConnectionThatFailsIsNotResentForAPost() throws Exception {
    try (RawServer server = new RawServer(exchange -> exchange.socket.close());
        TestClient c = TestClient.builder().baseUrl(server.url()).maxRetries(0).build()) {
      assertThrows(TransportException.class, () -> c.transport.execute(c.api.create(Map.of("n", 1))));
      assertEquals(1, server.exchanges().size(), "a POST that reached a fresh connection is never sent twice");
    }
  }
}

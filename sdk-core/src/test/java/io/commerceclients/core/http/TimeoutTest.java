package io.commerceclients.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.support.TestClient;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

@WireMockTest
class TimeoutTest {

  @Test
  void readTimeout(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(200).withFixedDelay(2000).withBody("{}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).readTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1")));
    }
  }

  @Test
  void callTimeoutBoundsTheWholeCallRetriesIncluded(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).callTimeout(Duration.ofMillis(300))
        .retryPolicy(io.commerceclients.core.retry.RetryPolicy.builder().maxRetries(50).initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(100)).build()).build()) {
      assertThrows(io.commerceclients.core.error.ApiException.class, () -> c.transport.execute(c.api.get("1")));
    }
    int sent = wm.getWireMock().find(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/things/1"))).size();
    org.junit.jupiter.api.Assertions.assertTrue(sent < 10, "the deadline stopped the retries after " + sent + " attempts");
  }

  @Test
  void callTimeoutOnASlowAnswer(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(200).withFixedDelay(2000).withBody("{}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).callTimeout(Duration.ofMillis(200)).build()) {
      assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1")));
    }
  }

  @Test
  void writeTimeoutWhenTheServerStopsReading() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          Socket s = server.accept();
          s.setReceiveBufferSize(4096);
          accepted.add(s);
        } catch (Exception ignored) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String base = "http://127.0.0.1:" + server.getLocalPort();
      try (TestClient c = TestClient.builder().baseUrl(base).writeTimeout(Duration.ofMillis(300)).maxRetries(0).build()) {
        InputStream endless = new InputStream() {
          private long left = 512L * 1024 * 1024;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            left -= n;
            return n;
          }
        };
        Request request = new Request.Builder().url(base + "/upload")
            .put(StreamingBodies.fromStream(endless, 512L * 1024 * 1024, MediaType.get("application/octet-stream"), null)).build();
        assertThrows(ApiTimeoutException.class, () -> c.transport.executeRaw(c.transport.httpClient(), request).close());
      } finally {
        for (Socket s : accepted) {
          s.close();
        }
      }
    }
  }

  @Test
  void connectTimeoutWhenTheListenQueueIsFull() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = new ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          Socket s = new Socket();
          try {
            s.connect(server.getLocalSocketAddress(), 100);
            fillers.add(s);
          } catch (java.io.IOException full) {
            s.close();
            break;
          }
        }
        try (TestClient c = TestClient.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
            .connectTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
          assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1")));
        }
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }
}

package io.commerceclients.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.internal.io.Downloads;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.TestClient;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class WatchdogAnchorTest {

  @Test
  void callsDoNotWakeOkiosWatchdogAtEachReadAndWrite(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(200).withBody("{\"id\":1}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      for (int i = 0; i < 20; i++) {
        c.transport.execute(c.api.get("1"));
      }
      long before = watchdogWaits();
      for (int i = 0; i < 200; i++) {
        assertEquals(1, c.transport.execute(c.api.get("1")).get("id"));
      }
      long waits = watchdogWaits() - before;
      // Without the anchor each call's write and read woke the watchdog: about 400 waits.
      assertTrue(waits < 20, "Okio's watchdog was woken " + waits + " times for 200 calls");
      assertTrue(WatchdogAnchor.INSTANCE.armed());
    }
    assertEquals(220, wm.getWireMock().find(getRequestedFor(urlEqualTo("/things/1"))).size());
  }

  @Test
  void aReadTimeoutLongerThanThePeriodQueuesBehindTheAnchorAndFiresOnTime() throws Exception {
    assertReadTimeoutFires(WatchdogAnchor.PERIOD.multipliedBy(2));
  }

  @Test
  void aReadTimeoutShorterThanThePeriodGoesAheadOfTheAnchorAndFiresOnTime() throws Exception {
    WatchdogAnchor.INSTANCE.touch();
    assertReadTimeoutFires(Duration.ofMillis(200));
  }

  private static void assertReadTimeoutFires(Duration readTimeout) throws Exception {
    // The server reads the request and answers nothing until the client hangs up.
    try (RawServer silent = new RawServer(exchange -> exchange.socket.getInputStream().read());
        TestClient c = TestClient.builder().baseUrl(silent.url()).maxRetries(0).readTimeout(readTimeout).build()) {
      long start = System.nanoTime();
      assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> assertThrows(ApiTimeoutException.class, () -> c.transport.execute(c.api.get("1"))));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(readTimeout.plusSeconds(3)) < 0, "the timeout fired after " + took);
      assertEquals(1, silent.exchanges().size());
    }
  }

  @Test
  void touchesFromManyThreadsNeverBreakOkiosWatchdog() throws Exception {
    WatchdogAnchor anchor = new WatchdogAnchor(Duration.ofMillis(1));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(threads.submit(() -> {
          for (int i = 0; i < 50_000; i++) {
            anchor.touch();
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    awaitLapse(anchor);
    assertOkiosWatchdogStillWorks();
  }

  @Test
  void itLapsesWhenUnusedComesBackOnTheNextTouchAndLeavesOkiosWatchdogWorking() throws Exception {
    WatchdogAnchor anchor = new WatchdogAnchor(Duration.ofMillis(50));
    anchor.touch();
    assertTrue(anchor.armed());
    awaitLapse(anchor);
    anchor.touch();
    assertTrue(anchor.armed());
    awaitLapse(anchor);

    assertOkiosWatchdogStillWorks();
  }

  @Test
  void fileTransfersKeepTheAnchorArmedAsTheyGo(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[300_000];
    Path file = Files.write(dir.resolve("upload.bin"), bytes);

    awaitLapse(WatchdogAnchor.INSTANCE);
    long downloaded = Downloads.toStream(ResponseBody.create(bytes, null), OutputStream.nullOutputStream(), null,
        Long.MAX_VALUE);
    assertEquals(bytes.length, downloaded);
    assertTrue(WatchdogAnchor.INSTANCE.armed(), "a download touches the anchor");

    awaitLapse(WatchdogAnchor.INSTANCE);
    Buffer sent = new Buffer();
    StreamingBodies.fromPath(file, null, null).writeTo(sent);
    assertEquals(bytes.length, sent.size());
    assertTrue(WatchdogAnchor.INSTANCE.armed(), "an upload of a file touches the anchor");

    awaitLapse(WatchdogAnchor.INSTANCE);
    sent.clear();
    StreamingBodies.fromStream(new ByteArrayInputStream(bytes), bytes.length, null, null).writeTo(sent);
    assertEquals(bytes.length, sent.size());
    assertTrue(WatchdogAnchor.INSTANCE.armed(), "an upload of a stream touches the anchor");
  }

  @Test
  void theEndOfAPeriodWhileLapsedLeavesItLapsedAndReadyToArm() {
    WatchdogAnchor anchor = new WatchdogAnchor(Duration.ofMillis(50));
    anchor.periodEnded();
    assertFalse(anchor.armed());
    anchor.touch();
    assertTrue(anchor.armed());
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> awaitLapse(anchor));
  }

  private static void assertOkiosWatchdogStillWorks() throws InterruptedException {
    CountDownLatch fired = new CountDownLatch(1);
    AsyncTimeout probe = new AsyncTimeout() {
      @Override
      protected void timedOut() {
        fired.countDown();
      }
    };
    probe.timeout(10, TimeUnit.MILLISECONDS);
    probe.enter();
    try {
      assertTrue(fired.await(10, TimeUnit.SECONDS), "Okio's watchdog still times out other nodes");
    } finally {
      probe.exit();
    }
  }

  private static void awaitLapse(WatchdogAnchor anchor) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (anchor.armed() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertFalse(anchor.armed(), "the anchor lapses a period or two after its last use");
  }

  private static long watchdogWaits() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("Okio Watchdog"))
        .mapToLong(t -> ManagementFactory.getThreadMXBean().getThreadInfo(t.getId()).getWaitedCount())
        .sum();
  }
}

package io.commerceclients.core.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.commerceclients.core.support.Threads.assertFewThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Calls that block no thread: typed errors, scheduled retries, cancellation, and many at once. */
@WireMockTest
class AsyncCallsTest {

  private static Throwable failureOf(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void anAsynchronousCallDecodesItsAnswerOrFailsWithTheBlockingCallsException(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\"}")));
    wm.getWireMock().register(get("/things/2").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"no such thing\"}")));
    wm.getWireMock().register(get("/models/3").willReturn(okJson("{\"name\":\"no id\"}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      assertEquals("1", c.transport.executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS).get("id"));
      assertInstanceOf(NotFoundException.class, failureOf(c.transport.executeAsync(c.api.get("2"))));
      assertInstanceOf(ProtocolException.class, failureOf(c.transport.executeAsync(c.api.thing("3"))));
    }
  }

  @Test
  void retriesAreScheduledAndViewsOptionsApply(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.getWireMock().register(get(urlPathMatching("/things/1")).inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"1\"}")));
    RecordingSleeper sleeper = new RecordingSleeper();
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).build()) {
      assertEquals("1", c.transport.executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS).get("id"));
      assertEquals(1, sleeper.delays.size());
      wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo("/things/1")));
      c.transport.withOptions(RequestOptions.builder().queryParameter("v", "2").build())
          .executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS);
      wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1?v=2")));
    }
  }

  @Test
  void whatIsThrownInsideTheCallFailsTheFutureAsItFailsTheBlockingCall(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\"}")));
    for (Throwable thrown : List.of(new AssertionError("the test's own check"), new IllegalStateException("a bug"))) {
      AtomicInteger sends = new AtomicInteger();
      OkHttpClient own = new OkHttpClient.Builder().addInterceptor(chain -> {
        sends.incrementAndGet();
        if (thrown instanceof Error) {
          throw (Error) thrown;
        }
        throw (RuntimeException) thrown;
      }).build();
      try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).okHttpClient(own).build()) {
        assertSame(thrown, assertThrows(Throwable.class, () -> c.transport.execute(c.api.get("1"))));
        assertSame(thrown, failureOf(c.transport.executeAsync(c.api.get("1"))));
        assertEquals(2, sends.get(), "neither twin retried it");
      } finally {
        own.dispatcher().executorService().shutdown();
      }
    }
  }

  @Test
  void continuationsThatBlockHoldUpNoOtherFutureAndNeverRunOnOkHttpsThreads() throws Exception {
    List<String> threads = blockingContinuations(ForkJoinPool.getCommonPoolParallelism() + 2);

    assertTrue(threads.stream().allMatch("commerce-clients-async"::equals), threads.toString());
  }

  /**
   * Makes {@code calls} asynchronous calls whose continuations each wait until all of them run, and
   * returns the threads they ran on ("held up" for one that waited 15 s in vain).
   */
  private static List<String> blockingContinuations(int calls) throws Exception {
    CountDownLatch registered = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(calls);
    try (RawServer server = new RawServer(x -> {
          try {
            registered.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{\"id\":1}");
        });
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      List<CompletableFuture<String>> continuations = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        continuations.add(c.transport.executeAsync(c.api.get(Integer.toString(i))).thenApply(answer -> {
          running.countDown();
          try {
            return running.await(15, TimeUnit.SECONDS) ? Thread.currentThread().getName() : "held up";
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
          }
        }));
      }
      registered.countDown();
      List<String> threads = new ArrayList<>();
      for (CompletableFuture<String> continuation : continuations) {
        threads.add(continuation.get(60, TimeUnit.SECONDS));
      }
      return threads;
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch released = new CountDownLatch(1);
    try (RawServer server = new RawServer(x -> {
          arrived.countDown();
          try {
            released.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.socket.close();
        });
        TestClient c = TestClient.builder().baseUrl(server.url()).build()) {
      CompletableFuture<Map<String, Object>> future = c.transport.executeAsync(c.api.get("slow"));
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      assertTrue(future.cancel(true));
      assertThrows(CancellationException.class, future::join);
      int idle = c.transport.httpClient().dispatcher().runningCallsCount();
      for (int i = 0; i < 1_000 && idle > 0; i++) {
        Thread.sleep(20);
        idle = c.transport.httpClient().dispatcher().runningCallsCount();
      }
      assertEquals(0, idle, "the OkHttp call was cancelled, not left running");
      released.countDown();
    }
  }

  @Test
  void cancellingTheFutureDuringARetryWaitSendsNothingMore(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      CompletableFuture<Map<String, Object>> future = c.transport.executeAsync(c.api.get("1"));
      for (int i = 0; i < 3_000 && wm.getWireMock().find(getRequestedFor(urlEqualTo("/things/1"))).isEmpty(); i++) {
        Thread.sleep(10);
      }
      Thread.sleep(100);
      assertTrue(future.cancel(true));
      Thread.sleep(200);
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/things/1")));
  }

  @Test
  void aThousandConcurrentCallsWithRetriesAndAPollStartNoThreadPerCall(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get(urlPathMatching("/things/.*")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.getWireMock().register(get(urlPathMatching("/things/.*")).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"status\":\"done\"}")));
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(new RecordingSleeper()).build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        calls.add(c.transport.executeAsync(c.api.get(Integer.toString(i))));
      }
      calls.add(JobPoller.<Map<String, Object>>builder()
          .fetchAsync(() -> c.transport.executeAsync(c.api.get("job")))
          .classifier(job -> "done".equals(job.get("status")) ? JobState.SUCCEEDED : JobState.IN_PROGRESS)
          .sleeper(new RecordingSleeper())
          .options(PollingOptions.builder().interval(Duration.ofMillis(50)).build())
          .build().waitForCompletionAsync());
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
      List<String> started = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
          .map(Thread::getName).filter(name -> !name.startsWith("qtp") && !name.contains("WireMock")).sorted()
          .collect(Collectors.toList());
      assertFewThreads(started);
    }
  }

  @Test
  void anErrorWhileDecodingReachesTheCallerBlockingOrAsynchronous(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/boom").willReturn(okJson("{}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      assertThrows(StackOverflowError.class, () -> c.transport.execute(c.api.boom()));
      assertInstanceOf(StackOverflowError.class, failureOf(c.transport.executeAsync(c.api.boom())));
    }
  }

  @Test
  void anyOtherErrorWhileDecodingReachesTheAsynchronousCallerToo(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/boom").willReturn(okJson("{\"kind\":\"assertion\"}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      assertThrows(AssertionError.class, () -> c.transport.execute(c.api.boom()));
      assertInstanceOf(AssertionError.class, failureOf(c.transport.executeAsync(c.api.boom())));
    }
  }
}

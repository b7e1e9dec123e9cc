package io.commerceclients.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.AccessToken;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.TokenFetcher;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.support.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call that waits for a token another thread is fetching can still be interrupted and timed out. */
@WireMockTest
class TokenWaitTest {
  private final CountDownLatch fetching = new CountDownLatch(1);
  private final CountDownLatch answer = new CountDownLatch(1);
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "token-wait-test");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean flagKept = new AtomicBoolean();
  private TestClient client;

  /** A token endpoint that hangs until the test lets it answer. */
  private final TokenFetcher hanging = () -> {
    fetching.countDown();
    try {
      answer.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new AccessToken("token-wait-0001", Instant.now(), Duration.ofHours(1));
  };

  @BeforeEach
  void start(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get(urlPathMatching("/things/.*")).willReturn(okJson("{\"id\":\"1\"}")));
    client = TestClient.builder().baseUrl(wm.getHttpBaseUrl())
        .authenticator(new BearerTokenAuthenticator(CachingTokenProvider.of(hanging))).build();
    threads.submit(() -> client.transport.execute(client.api.get("first")));
    assertTrue(fetching.await(10, TimeUnit.SECONDS), "the first call is fetching the token");
  }

  @AfterEach
  void stop() {
    answer.countDown();
    client.close();
    threads.shutdownNow();
  }

  /** Runs a second call on a thread of its own and returns how it ended, within 20 s of {@code disturb}. */
  private Throwable secondCall(Function<ApiTransport, ApiTransport> view, Disturbance disturb) throws Exception {
    AtomicReference<Thread> caller = new AtomicReference<>();
    Future<Throwable> outcome = threads.submit(() -> {
      caller.set(Thread.currentThread());
      try {
        view.apply(client.transport).execute(client.api.get("second"));
        return null;
      } catch (ApiException e) {
        flagKept.set(Thread.currentThread().isInterrupted());
        return e;
      }
    });
    disturb.apply(caller);
    return outcome.get(20, TimeUnit.SECONDS);
  }

  /** What the test does to the second call, given its thread once it has one. */
  private interface Disturbance {
    void apply(AtomicReference<Thread> caller) throws InterruptedException;
  }

  /** Returns the caller once it waits for the token the first call is fetching. */
  private static Thread waitingForTheToken(AtomicReference<Thread> caller) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (caller.get() == null || Arrays.stream(caller.get().getStackTrace()).noneMatch(
        f -> f.getClassName().equals(CachingTokenProvider.class.getName()) && f.getMethodName().equals("await"))) {
      assertTrue(System.nanoTime() < deadline, "the second call never waited for the token");
      Thread.sleep(5);
    }
    return caller.get();
  }

  @Test
  void anInterruptEndsTheWaitWithTheFlagKept() throws Exception {
    Throwable ended = secondCall(transport -> transport, caller -> waitingForTheToken(caller).interrupt());
    assertInstanceOf(ApiException.class, ended);
    assertTrue(ended.getMessage().contains("interrupted"), ended.getMessage());
    assertTrue(flagKept.get(), "the interrupt flag is kept");
  }

  @Test
  void theCallsTimeoutEndsTheWait() throws Exception {
    Throwable ended = secondCall(transport -> transport.withOptions(RequestOptions.builder()
        .timeout(Duration.ofMillis(800)).build()), caller -> { });
    assertInstanceOf(ApiTimeoutException.class, ended);
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static io.commerceclients.kibo.importexport.reliability.OnAnotherThread.failureOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tenant lookup in flight is shared by every caller, blocking or asynchronous: a blocking
 * caller that arrives while another's lookup is on the wire waits for that lookup and gets its
 * outcome, failure included, rather than queueing to send a lookup of its own.
 */
class TenantLookupSharingTest {
  private static final String LOOKUP = "/api/platform/tenants/{tenantId}";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private final CountDownLatch lookupOnTheWire = new CountDownLatch(1);
  private final CountDownLatch releaseLookup = new CountDownLatch(1);
  private final OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
    if (chain.request().url().encodedPath().startsWith("/api/platform/tenants/") && lookupOnTheWire.getCount() > 0) {
      lookupOnTheWire.countDown();
      try {
        assertTrue(releaseLookup.await(30, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return chain.proceed(chain.request());
  }).build();
  private KiboImportExportClient client;

  @AfterEach
  void close() {
    client.close();
    http.dispatcher().executorService().shutdown();
  }

  /** Returns true once {@code thread} waits inside the client's tenant lookup (for the lookup in flight or its turn). */
  private static boolean waitsForTheLookup(Thread thread) {
    Thread.State state = thread.getState();
    return (state == Thread.State.WAITING || state == Thread.State.BLOCKED) && Arrays.stream(thread.getStackTrace())
        .anyMatch(f -> f.getClassName().endsWith(".KiboContext") && f.getMethodName().equals("tenant"));
  }

  @Test
  void aBlockingCallerJoinsTheLookupInFlightAndSharesItsFailure() throws Exception {
    kibo.faults().failNext(1, RequestMatcher.of("GET", LOOKUP), Fault.status(503));
    client = KiboImportExportClient.builder().authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret()).okHttpClient(http).maxRetries(0).build();

    CompletableFuture<Throwable> first = failureOf(() -> client.imports().get("j1"));
    assertTrue(lookupOnTheWire.await(30, TimeUnit.SECONDS));
    AtomicReference<Thread> second = new AtomicReference<>();
    CompletableFuture<Throwable> secondFailure = failureOf(() -> {
      second.set(Thread.currentThread());
      client.imports().get("j2");
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (second.get() == null || !waitsForTheLookup(second.get())) {
      assertTrue(System.nanoTime() < deadline, "the second caller never reached the lookup");
      Thread.sleep(5);
    }
    releaseLookup.countDown();

    Throwable failure = first.get(30, TimeUnit.SECONDS);
    assertInstanceOf(ServerException.class, failure);
    assertSame(failure, secondFailure.get(30, TimeUnit.SECONDS), "the second caller got the lookup's own failure");
    assertEquals(1, kibo.requestCount("GET", LOOKUP), "one lookup for both callers");
    assertEquals(0, kibo.requestCount("GET", "/api/platform/data/import/{id}"));
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static io.commerceclients.kibo.importexport.reliability.OnAnotherThread.failureOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.testing.kibo.FakeKibo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client closed while its tenant lookup is on the wire stays closed: the tenant host the lookup
 * finds afterwards sends nothing, for the call that looked it up or any later one.
 */
class CloseDuringTenantLookupTest {
  private static final String JOB = "/api/platform/data/import/{id}";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private final CountDownLatch lookupAnswered = new CountDownLatch(1);
  private final CountDownLatch releaseAnswer = new CountDownLatch(1);
  private final OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
    Response response = chain.proceed(chain.request());
    if (chain.request().url().encodedPath().startsWith("/api/platform/tenants/") && lookupAnswered.getCount() > 0) {
      lookupAnswered.countDown();
      try {
        assertTrue(releaseAnswer.await(30, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return response;
  }).build();
  private KiboImportExportClient client;

  @AfterEach
  void close() {
    client.close();
    http.dispatcher().executorService().shutdown();
  }

  @Test
  void aLookupAnsweredAfterCloseLeavesTheClientClosed() throws Exception {
    client = KiboImportExportClient.builder().authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret()).okHttpClient(http).maxRetries(0).build();

    CompletableFuture<Throwable> first = failureOf(() -> client.imports().get("j1"));
    assertTrue(lookupAnswered.await(30, TimeUnit.SECONDS));
    client.close();
    releaseAnswer.countDown();

    assertInstanceOf(IllegalStateException.class, first.get(30, TimeUnit.SECONDS));
    assertThrows(IllegalStateException.class, () -> client.imports().get("j2"));
    assertEquals(0, kibo.requestCount("GET", JOB), "a closed client sends nothing to the tenant host");
  }
}

package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client is closed while 64 threads, half of them asynchronous, wait for the one token fetch in
 * flight, or call an API answering 503 (so some wait to retry): every call ends, with its answer or
 * with {@link IllegalStateException}; a call waiting to retry sends nothing after the close.
 */
@WireMockTest
class CloseDuringTokenFetchTest extends KiboWireBase {
  private static final String LIST = "/api/platform/data/export";
  private static final ListJobsRequest ALL = ListJobsRequest.builder().build();
  private static final int THREADS = 64;

  @Test
  void closingWhile64CallersWaitForTheTokenEndsEveryCall() throws Exception {
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}").withFixedDelay(1_500)));
    stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET).build();
    Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    List<Future<?>> calls = run(client, unexpected);
    WireMock.resetAllRequests();
    while (WireMock.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).isEmpty()) {
      Thread.sleep(5);
    }
    client.close();
    for (Future<?> f : calls) {
      f.get(60, TimeUnit.SECONDS);
    }
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " unexpected, first: " + unexpected.peek());
    verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void closingWhile64CallersWaitToRetryEndsEveryCall() throws Exception {
    stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")));
    KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(base).tenantHost(base).tenantId(123).clientId("app.id").sharedSecret(SECRET).maxRetries(3).build();
    Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    List<Future<?>> calls = run(client, unexpected);
    while (WireMock.findAll(getRequestedFor(urlPathEqualTo(LIST))).size() < THREADS) {
      Thread.sleep(5);
    }
    client.close();
    for (Future<?> f : calls) {
      f.get(60, TimeUnit.SECONDS);
    }
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " unexpected, first: " + unexpected.peek());
    assertEquals(THREADS, WireMock.findAll(getRequestedFor(urlPathEqualTo(LIST))).size(), "no retry after close()");
  }

  private static List<Future<?>> run(KiboImportExportClient client, Queue<Throwable> unexpected) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      boolean async = t % 2 == 1;
      calls.add(pool.submit(() -> {
        start.await();
        try {
          Object answer = async ? client.async().exports().list(ALL).get(30, TimeUnit.SECONDS) : client.exports().list(ALL);
          assertEquals(List.of(), answer);
        } catch (ExecutionException e) {
          expectClosed(e.getCause(), unexpected);
        } catch (Throwable e) {
          expectClosed(e, unexpected);
        }
        return null;
      }));
    }
    start.countDown();
    pool.shutdown();
    return calls;
  }

  private static void expectClosed(Throwable e, Queue<Throwable> unexpected) {
    if (!(e instanceof IllegalStateException)) {
      unexpected.add(e);
    }
  }
}

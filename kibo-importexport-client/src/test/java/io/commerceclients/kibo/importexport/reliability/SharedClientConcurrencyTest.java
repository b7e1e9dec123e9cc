package io.commerceclients.kibo.importexport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Kibo client shared by 16 threads for a mixed workload (uploads, file reads, export jobs created
 * and waited for, listings), in three rounds: with a fresh token, after the token expired, and after
 * the server revoked it. No call fails, and each round costs exactly one token request.
 */
class SharedClientConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ROUNDS_PER_THREAD = 4;

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock();
  private final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
  private final AtomicInteger operations = new AtomicInteger();

  @Test
  void sixteenThreadsShareOneClientAndOneTokenPerExpiry() throws Exception {
    kibo.clock(clock);
    Path file = Files.writeString(dir.resolve("locationtypes.csv"), "LocationTypeCode,LocationTypeName\r\nWH,Warehouse\r\n");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .clock(clock).sleeper(d -> { })
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
        .build()) {

      runRound(pool, client, file);
      assertEquals(1, kibo.tokensIssued(), "first round: one token for 16 threads");

      clock.advance(Duration.ofHours(2));
      runRound(pool, client, file);
      assertEquals(2, kibo.tokensIssued(), "after expiry: one new token for 16 threads");

      kibo.expireTokens();
      runRound(pool, client, file);
      assertEquals(3, kibo.tokensIssued(), "after revocation: one new token for 16 threads");
    } finally {
      pool.shutdownNow();
    }

    assertTrue(errors.isEmpty(), () -> errors.size() + " failures, first: " + errors.peek());
    assertEquals(3 * THREADS * ROUNDS_PER_THREAD * 5, operations.get());
    assertEquals(3 * THREADS * ROUNDS_PER_THREAD, kibo.exportJobCount());
    // Every upload stored once, next to its export's file; a request refused with 401 after the revocation
    // (at most one per thread) was replayed with the new token and stored nothing.
    assertEquals(2 * 3 * THREADS * ROUNDS_PER_THREAD, kibo.storedFileIds().size());
    int uploads = kibo.requestCount("POST", "/api/platform/data/files");
    assertTrue(uploads >= 3 * THREADS * ROUNDS_PER_THREAD && uploads <= 3 * THREADS * ROUNDS_PER_THREAD + THREADS,
        "upload requests: " + uploads);
    assertEquals(0, kibo.requests(r -> r.path().startsWith("/api/platform/data"))
        .stream().filter(r -> r.header("Authorization").isEmpty()).count());
  }

  private void runRound(ExecutorService pool, KiboImportExportClient client, Path file) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
          try {
            work(client, file);
          } catch (Throwable e) {
            errors.add(e);
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
  }

  private void work(KiboImportExportClient client, Path file) {
    DropLocation uploaded = client.files().upload(file);
    operations.incrementAndGet();
    assertEquals(uploaded.id().orElseThrow(), client.files().get(uploaded.id().orElseThrow()).id().orElseThrow());
    operations.incrementAndGet();
    String job = client.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build()).id().orElseThrow();
    operations.incrementAndGet();
    assertTrue(client.exports().waitForCompletion(job).isSucceeded());
    operations.incrementAndGet();
    assertTrue(client.exports().listAll(ListJobsRequest.builder().pageSize(5).build()).stream().limit(7).count() >= 1);
    operations.incrementAndGet();
  }
}

package io.commerceclients.kiliba.reliability;

import io.commerceclients.core.support.RecordingSleeper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Kiliba client shared by 16 threads for a mixed workload (customer iteration, imports, blacklist,
 * file uploads, e-mails) while seeded retryable faults hit the idempotent calls (five retries make a
 * lost call a one-in-a-million event): no call fails, and the fake holds exactly what every thread sent.
 */
class KilibaSharedClientTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 3;

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  @TempDir
  Path dir;

  @Test
  void sixteenThreadsShareOneClient() throws Exception {
    kiliba.reset();
    kiliba.customers().addGenerated(2_500);
    RequestMatcher idempotent = (method, path) -> path.equals("/client/v1/customers/paginated")
        || path.startsWith("/client/v1/import/") || path.equals("/client/v1/customers/blacklist");
    kiliba.faults().failRandomly(0.1, 7L, idempotent, Fault.status(503), Fault.connectionReset(), Fault.rateLimited(1));
    Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (KilibaClient client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .maxRetries(5).sleeper(new RecordingSleeper()).build()) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            try {
              work(client, thread, round);
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
    } finally {
      pool.shutdownNow();
    }

    assertTrue(errors.isEmpty(), () -> errors.size() + " failures, first: " + errors.peek());
    assertTrue(kiliba.faults().played().size() > 0, "faults were played");
    assertEquals(THREADS * ROUNDS * 300, kiliba.imports().count(Resource.CUSTOMER_GROUPS));
    assertEquals(THREADS * ROUNDS, kiliba.uploads().uploadIds().size());
    assertEquals(THREADS * ROUNDS, kiliba.emails().sent().size());
    assertTrue(kiliba.uploads().rejectedStorageRequests().isEmpty());
  }

  private void work(KilibaClient client, int thread, int round) throws Exception {
    List<Customer> all = client.customers().listAll(ListCustomersRequest.builder().build()).stream()
        .collect(Collectors.toList());
    assertEquals(2_500, all.stream().map(Customer::idCustomer).distinct().count());

    List<CustomerGroup> groups = IntStream.range(0, 300)
        .mapToObj(i -> CustomerGroup.builder().id(KilibaId.of(thread + "-" + round + "-" + i)).name("G" + i).build())
        .collect(Collectors.toList());
    ImportReport<CustomerGroup> report = client.imports().customerGroups().send(groups);
    assertTrue(report.isSuccessful(), report::toString);

    client.customers().blacklist(List.of("customer" + (thread + 1) + "@example.com"));

    String content = "email\nt" + thread + "r" + round + "@example.com\n";
    Path file = Files.writeString(dir.resolve("t" + thread + "-" + round + ".tsv"), content);
    UploadResult upload = client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build());
    assertEquals(content, new String(kiliba.uploads().storedFile(upload.uploadId()).orElseThrow().bytes(), StandardCharsets.UTF_8));

    client.transactionalEmails().send(TransactionalEmail.builder().transactionalEmailId("t")
        .email("t" + thread + "@example.com").language("en").build());
  }
}

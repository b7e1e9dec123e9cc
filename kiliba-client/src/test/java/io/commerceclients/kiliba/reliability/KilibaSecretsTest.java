package io.commerceclients.kiliba.reliability;

import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.FaultCase;
import io.commerceclients.core.support.LogCapture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * With BODY logging on, every Kiliba operation and fault is run; then the logs, every exception's
 * message and {@code toString()}, and the {@code toString()} of the builder, the client, the models and
 * the requests are scanned for the API key (right and wrong) and the pre-signed URL's signature.
 */
class KilibaSecretsTest {

  private static final String API_KEY = "kiliba-live-9fQ2xL7vR4mT8wZ1";
  private static final String WRONG_KEY = "kiliba-wrong-3hN6pD0sK5cB2yJ8";
  private static final PollingOptions FAST = PollingOptions.builder().interval(Duration.ofMillis(1))
      .maxInterval(Duration.ofMillis(1)).build();

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create(API_KEY);

  private final List<Object> shown = new ArrayList<>();

  @Test
  void noSecretInLogsMessagesOrToString(@TempDir Path dir) throws Exception {
    kiliba.customers().addGenerated(1_200);
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\na@example.com\n");
    String logs;
    try (LogCapture capture = new LogCapture()) {
      KilibaClient.Builder builder = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(API_KEY)
          .logLevel(HttpLogLevel.BODY).readTimeout(FaultCase.READ_TIMEOUT).sleeper(new RecordingSleeper());
      shown.add(builder);
      try (KilibaClient client = builder.build()) {
        shown.add(client);
        runEverything(client, file);
        runFaults(client, file);
      }
      try (KilibaClient wrong = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(WRONG_KEY)
          .logLevel(HttpLogLevel.BODY).build()) {
        shown.add(wrong);
        caught(() -> wrong.customers().list(ListCustomersRequest.builder().build()));
        caught(() -> wrong.imports().products().send(List.of(KilibaFaultMatrixTest.product(1))));
      }
      caught(() -> KilibaClient.builder().apiKey(" " + API_KEY).build());
      caught(() -> KilibaClient.builder().apiKey(API_KEY + "\n").build());
      logs = capture.text();
    }

    String signature = kiliba.requests(r -> r.method().equals("PUT")).get(0).rawQuery().replaceAll(".*X-Amz-Signature=", "");
    assertFalse(signature.isBlank());
    assertTrue(logs.contains("X-API-Key"), "logging was on: " + logs.length());
    assertTrue(logs.contains("/client/v1/import/products") && logs.contains("/_fake-s3/uploads/"));
    assertTrue(shown.stream().anyMatch(o -> o instanceof ApiException), "faults produced exceptions");
    for (String secret : List.of(API_KEY, WRONG_KEY, signature)) {
      assertFalse(logs.contains(secret), () -> "in the logs: " + logs.lines().filter(l -> l.contains(secret))
          .limit(5).collect(Collectors.joining("\n")));
      for (Object o : shown) {
        assertFalse(String.valueOf(o).contains(secret), () -> "in toString of " + o.getClass().getName());
        if (o instanceof Throwable) {
          for (Throwable t = (Throwable) o; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "in a message: " + t);
            if (t instanceof ApiException) {
              assertFalse(((ApiException) t).rawBody().orElse("").contains(secret));
              assertFalse(String.valueOf(((ApiException) t).url()).contains(secret));
            }
          }
        }
      }
    }
  }

  private void runEverything(KilibaClient client, Path file) {
    ListCustomersRequest list = ListCustomersRequest.builder().limit(500).build();
    shown.add(list);
    shown.add(client.customers().list(list));
    shown.add(client.customers().listAll(list).stream().collect(Collectors.toList()).size());
    shown.add(client.customers().blacklist(List.of("customer1@example.com")));
    shown.add(client.customers().whitelist(List.of("customer1@example.com")));
    List<Product> products = IntStream.range(0, 20).mapToObj(KilibaFaultMatrixTest::product).collect(Collectors.toList());
    ImportReport<Product> report = client.imports().products().send(products);
    shown.add(report);
    CreateUploadRequest create = CreateUploadRequest.builder().filename("store.tsv").build();
    shown.add(create);
    UploadSession session = client.physicalStores().createUpload(create);
    shown.add(session);
    client.physicalStores().uploadFile(session, file, "text/tab-separated-values");
    shown.add(client.physicalStores().completeUpload(session.uploadId()));
    shown.add(client.physicalStores().getUpload(session.uploadId()));
    FileUpload upload = FileUpload.builder().file(file).polling(FAST).build();
    shown.add(upload);
    shown.add(client.physicalStores().upload(upload));
    TransactionalEmail email = TransactionalEmail.builder().transactionalEmailId("welcome").email("a@example.com")
        .language("en").putVariable("code", "X-1").build();
    shown.add(email);
    client.transactionalEmails().send(email);
  }

  private void runFaults(KilibaClient client, Path file) {
    String any = "*";
    for (Fault fault : List.of(Fault.status(500), Fault.status(503), Fault.rateLimited(120), Fault.status(400,
        "{\"statusCode\":400,\"message\":[\"0.price must not be less than 0\"],\"error\":\"Bad Request\"}"),
        Fault.connectionReset(), Fault.truncatedBody(), Fault.malformedJson(), FaultCase.TIMEOUT)) {
      // A timeout that runs out of retries once (the listing) is enough; elsewhere it is played once and retried.
      int times = fault.toString().startsWith("delay") ? 1 : 3;
      kiliba.faults().failNext(3, RequestMatcher.of(any, any), fault);
      caught(() -> client.customers().list(ListCustomersRequest.builder().build()));
      kiliba.faults().clear();
      kiliba.faults().failNext(times, RequestMatcher.of("POST", "/client/v1/import/products"), fault);
      ImportReport<Product> report = client.imports().products().send(List.of(KilibaFaultMatrixTest.product(1)));
      shown.add(report);
      report.failedBatches().forEach(f -> {
        shown.add(f);
        shown.add(f.error());
      });
      kiliba.faults().clear();
      kiliba.faults().failNext(times, RequestMatcher.of("PUT", "/_fake-s3/uploads/{id}"), fault);
      caught(() -> client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build()));
      kiliba.faults().clear();
      kiliba.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/transactional-emails/send"), fault);
      caught(() -> client.transactionalEmails().send(TransactionalEmail.builder().transactionalEmailId("w")
          .email("a@example.com").language("en").build()));
      kiliba.faults().clear();
    }
    caught(() -> client.physicalStores().getUpload("no-such-upload"));
    caught(() -> client.customers().blacklist(List.of("not-an-email")));
  }

  private void caught(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      shown.add(e);
    }
  }
}

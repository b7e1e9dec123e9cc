package io.commerceclients.kiliba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
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
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * FakeKiliba as one of the fake family: the fake and a ready client injected as parameters (the
 * client closed after its test), {@code reset()}, and what {@code clientBuilder()} sets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeKilibaExtensionTest {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba("kb_family_key_123");

  private static KilibaClient injectedEarlier;

  @BeforeEach
  void clean() {
    kiliba.reset();
  }

  @Test
  @Order(1)
  void injectsTheFakeAndAClientThatCallsItOverTheWire(FakeKiliba fake, KilibaClient client) {
    kiliba.customers().addGenerated(3);

    List<Customer> customers = client.customers().list(ListCustomersRequest.builder().build()).customers();

    assertSame(kiliba, fake);
    assertEquals(3, customers.size());
    RecordedRequest sent = kiliba.requests().get(0);
    assertEquals("GET " + CUSTOMERS, sent.method() + " " + sent.path());
    assertEquals("kb_family_key_123", sent.header("X-API-Key").orElseThrow());
    assertEquals(1, kiliba.requests().size());
    injectedEarlier = client;
  }

  @Test
  @Order(2)
  void theInjectedClientWasClosedAfterItsTest() {
    assertNotNull(injectedEarlier, "the injection test runs first");
    assertThrows(IllegalStateException.class,
        () -> injectedEarlier.customers().list(ListCustomersRequest.builder().build()));
    assertEquals(List.of(), kiliba.requests());
  }

  @Test
  void resetForgetsStoredDataRequestsAndFaultsButKeepsThePortAndKey(KilibaClient client) {
    String baseUrl = kiliba.baseUrl();
    kiliba.customers().addGenerated(2);
    client.imports().customerGroups().send(List.of(CustomerGroup.builder().id(KilibaId.of(1)).name("VIP").build()));
    client.transactionalEmails().send(TransactionalEmail.builder().transactionalEmailId("welcome")
        .email("jane@example.com").language("en").build());
    kiliba.faults().failNext(5, RequestMatcher.of("GET", CUSTOMERS), Fault.status(500));

    kiliba.reset();

    assertEquals(List.of(), kiliba.customers().all());
    assertEquals(0, kiliba.imports().count(Resource.CUSTOMER_GROUPS));
    assertEquals(List.of(), kiliba.imports().requests(Resource.CUSTOMER_GROUPS));
    assertEquals(List.of(), kiliba.emails().sent());
    assertEquals(List.of(), kiliba.requests());
    assertEquals(List.of(), client.customers().list(ListCustomersRequest.builder().build()).customers());
    assertEquals(1, kiliba.requests().size(), "the pending 500s were forgotten: one request, no retry");
    assertEquals(baseUrl, kiliba.baseUrl());
  }

  @Test
  void clientBuilderRetriesA503WithoutWaitingItsRetryAfter() {
    kiliba.customers().addGenerated(1);
    kiliba.faults().failNext(2, RequestMatcher.of("GET", CUSTOMERS), Fault.status(503).withHeader("Retry-After", "60"));

    // A real sleeper would wait the 60 s Retry-After twice here; the fake's sleeper returns at once.
    try (KilibaClient client = kiliba.clientBuilder(KilibaClient.Builder.class).build()) {
      assertEquals(1, client.customers().list(ListCustomersRequest.builder().build()).customers().size());
    }

    List<String> sent = kiliba.requests().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toList());
    assertEquals(List.of("GET " + CUSTOMERS, "GET " + CUSTOMERS, "GET " + CUSTOMERS), sent);
    assertEquals(List.of("GET " + CUSTOMERS + ": status 503 [Retry-After=60]",
        "GET " + CUSTOMERS + ": status 503 [Retry-After=60]"), kiliba.faults().played());
  }

  @Test
  void clientBuilderSettingsCanBeOverriddenAndUploadsPollWithoutWaiting(@TempDir Path dir) throws Exception {
    kiliba.faults().failNext(1, RequestMatcher.of("GET", CUSTOMERS), Fault.status(503));
    KilibaClient.Builder builder = kiliba.clientBuilder();
    try (KilibaClient client = builder.maxRetries(0).build()) {
      assertThrows(ServerException.class,
          () -> client.customers().list(ListCustomersRequest.builder().build()));

      Path file = Files.writeString(dir.resolve("store.tsv"), "email\na@example.com\n");
      UploadResult result = client.physicalStores().upload(FileUpload.builder().file(file).build());
      assertTrue(result.finished());
    }
    assertEquals(1, kiliba.requests(r -> r.path().equals(CUSTOMERS)).size());
    assertTrue(kiliba.requests(r -> r.method().equals("GET") && r.path().startsWith("/client/v1/physical-stores/uploads/"))
        .size() >= 2, "the upload's status was polled until parsed");
  }
}

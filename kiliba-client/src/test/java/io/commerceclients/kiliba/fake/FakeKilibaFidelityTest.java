package io.commerceclients.kiliba.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a user's test of its own error handling meets when it drives the real client against FakeKiliba. */
class FakeKilibaFidelityTest {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba();

  @BeforeEach
  void clean() {
    kiliba.reset();
  }

  @Test
  void aStatusKilibaDoesNotKnowIsA400NamingTheFilterAndIsNotRetried(KilibaClient client) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.customers().list(
        ListCustomersRequest.builder().addStatuses(CustomerStatus.of("vip")).build()));

    assertEquals(400, e.statusCode());
    assertTrue(e.apiMessage().orElseThrow().contains("statuses"), e.apiMessage().orElseThrow());
    assertEquals("statuses=vip", kiliba.requests().get(0).rawQuery());
    assertEquals(1, kiliba.requests().size());
  }

  @Test
  void generatedCustomersComeAfterTheSeededOnesAndKeepTheirStatuses(KilibaClient client) {
    kiliba.customers().add(Map.of("id_customer", 3, "email", "vip@example.com"), "blocked");
    kiliba.customers().addGenerated(5);

    List<Customer> all = client.customers().listAll(ListCustomersRequest.builder().limit(2).build()).stream()
        .collect(Collectors.toList());
    List<Customer> blocked = client.customers().listAll(ListCustomersRequest.builder()
        .addStatuses(CustomerStatus.BLOCKED).build()).stream().collect(Collectors.toList());

    assertEquals(6, all.size());
    assertEquals(List.of("vip@example.com"), blocked.stream().map(c -> c.email().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void aFaultWithATypoInItsPathIsRefusedBeforeTheTestRunsAndAGoodOneIsPlayed() {
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customers/paginate"), Fault.status(503)));
    assertTrue(typo.getMessage().contains(CUSTOMERS), typo.getMessage());

    kiliba.faults().failNext(1, RequestMatcher.of("GET", CUSTOMERS), Fault.status(503));
    try (KilibaClient client = kiliba.clientBuilder(KilibaClient.Builder.class).maxRetries(0).build()) {
      assertThrows(ServerException.class, () -> client.customers().list(ListCustomersRequest.builder().build()));
      assertEquals(0, client.customers().list(ListCustomersRequest.builder().build()).customers().size());
    }
    assertEquals(1, kiliba.faults().played().size());
  }
}

package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerHygieneTest {

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba();        // started for the class, on a free loopback port

  @BeforeEach
  void clean() {
    kiliba.reset();                                    // no customers, imports, recorded requests or faults
  }

  @Test
  void blacklistsTheFirstCustomersAndImportsGroups(KilibaClient client) {   // pointed at the fake, closed after the test
    kiliba.customers().addGenerated(2_500);           // or add(Map.of("id_customer", 7, "email", ...), "blocked")
    kiliba.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/import/customer-groups"), Fault.status(503));

    List<String> firstHundred = client.customers().listAll(ListCustomersRequest.builder().build()).stream()
        .limit(100).map(c -> c.email().orElseThrow()).collect(Collectors.toList());
    client.customers().blacklist(firstHundred);
    ImportReport<CustomerGroup> report = client.imports().customerGroups().send(IntStream.range(0, 1_500)
        .mapToObj(i -> CustomerGroup.builder().id(KilibaId.of(i)).name("Group " + i).build())
        .collect(Collectors.toList()));

    assertEquals("blacklisted", kiliba.customers().statusOf("customer7@example.com").orElseThrow());
    assertTrue(report.isSuccessful());                // the 503 was retried, without waiting
    assertEquals(1_500, kiliba.imports().count(Resource.CUSTOMER_GROUPS));
    assertEquals(List.of(1000, 500), kiliba.imports().requests(Resource.CUSTOMER_GROUPS).stream()
        .map(r -> r.items()).collect(Collectors.toList()));
  }

  @Test
  void failsOnTheFirst503WhenRetriesAreOff() {
    kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customers/paginated"), Fault.status(503));
    KilibaClient.Builder builder = kiliba.clientBuilder();   // the fake's URL and key, no waits; change what you need

    try (KilibaClient client = builder.maxRetries(0).build()) {
      assertThrows(ServerException.class, () -> client.customers().list(ListCustomersRequest.builder().build()));
    }
    assertEquals(1, kiliba.requests().size());
  }
}

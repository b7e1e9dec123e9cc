package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerHygieneTest {

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();   // started for the class, on a free loopback port

  KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey())
        .sleeper(d -> { })                          // no real waits between retries and polls
        .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void blacklistsTheFirstCustomersAndImportsGroups() {
    kiliba.customers().addGenerated(2_500);           // or add(Map.of("id_customer", 7, "email", ...), "blocked")
    kiliba.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/import/customer-groups"), Fault.status(503));

    List<String> firstHundred = client.customers().listAll(ListCustomersRequest.builder().build()).stream()
        .limit(100).map(c -> c.email().orElseThrow()).collect(Collectors.toList());
    client.customers().blacklist(firstHundred);
    ImportReport<CustomerGroup> report = client.imports().customerGroups().send(IntStream.range(0, 1_500)
        .mapToObj(i -> CustomerGroup.builder().id(KilibaId.of(i)).name("Group " + i).build())
        .collect(Collectors.toList()));

    assertEquals("blacklisted", kiliba.customers().statusOf("customer7@example.com").orElseThrow());
    assertTrue(report.isSuccessful());                // the 503 was retried
    assertEquals(1_500, kiliba.imports().count(Resource.CUSTOMER_GROUPS));
    assertEquals(List.of(1000, 500), kiliba.imports().requests(Resource.CUSTOMER_GROUPS).stream()
        .map(r -> r.items()).collect(Collectors.toList()));
  }
}

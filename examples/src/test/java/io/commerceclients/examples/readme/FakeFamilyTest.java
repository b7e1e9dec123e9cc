package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeFamilyTest {

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba();        // or new FakeKiliba("key")
  @RegisterExtension
  static FakeKarla karla = new FakeKarla();           // or new FakeKarla("user", "key")
  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();              // or new FakeKibo("app.id", "secret", 10001)

  @BeforeEach
  void clean() {                                      // each fake as new, same port and credentials
    kiliba.reset();
    karla.reset();
    kibo.reset();
  }

  @Test
  void injectsTheFakesAndTheirClients(KilibaClient kilibaClient, KarlaClient karlaClient,
      KiboImportExportClient kiboClient, FakeKarla injectedKarla) {
    kilibaClient.customers().list(ListCustomersRequest.builder().build());
    karlaClient.orders().search(OrderSearchRequest.builder().build());
    kiboClient.imports().list(ListJobsRequest.builder().build());

    assertSame(karla, injectedKarla);
    assertEquals(kiliba.apiKey(), kiliba.requests().get(0).header("X-API-Key").orElseThrow());
    assertEquals("/v1/shops/gokarla/orders", karla.requests().get(0).path());
    assertEquals(3, kibo.requests().size());          // token, tenant lookup, job list
  }

  @Test
  void buildsClientsFromClientBuilder() {
    KilibaClient.Builder inferred = kiliba.clientBuilder();          // typed by the variable
    try (KilibaClient kilibaClient = inferred.applicationName("sync/1.0").build();
        KarlaClient karlaClient = karla.clientBuilder(KarlaClient.Builder.class).maxRetries(0).build()) {
      kilibaClient.customers().list(ListCustomersRequest.builder().build());
      karlaClient.orders().search(OrderSearchRequest.builder().build());
    }
    assertTrue(kiliba.requests().get(0).header("User-Agent").orElseThrow().contains("sync/1.0"));
    assertEquals(1, karla.requests().size());
  }
}

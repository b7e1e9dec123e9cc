package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShopSyncTest {

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  @Test
  void runsOnTheProjectsOwnJUnit() {
    assertEquals(System.getProperty("expected.junit.version"), Test.class.getPackage().getImplementationVersion());
  }

  @Test
  void callsTheThreeFakes() {
    kiliba.customers().addGenerated(3);
    try (KilibaClient kilibaClient = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).build();
         KarlaClient karlaClient = KarlaClient.builder().baseUrl(karla.baseUrl())
             .username(FakeKarla.DEFAULT_USERNAME).apiKey(FakeKarla.DEFAULT_API_KEY).build();
         KiboImportExportClient kiboClient = KiboImportExportClient.builder().authHost(kibo.baseUrl())
             .tenantId(kibo.tenantId()).clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret()).build()) {
      ShopSync sync = new ShopSync(kilibaClient, karlaClient, kiboClient);

      assertEquals(3, sync.customerCount());
      assertEquals(1, sync.placeOrder("1001"));
      assertEquals(0, sync.importJobCount());
    }
  }
}

package com.example.shop;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.Arrays;
import java.util.List;

/** Calls each client against its fake, from a named module; exits with 1 when an answer is wrong. */
public final class ShopMain {

  public static void main(String[] args) {
    if (ShopMain.class.getModule().getName() == null) {
      fail("not running as a named module");
    }
    // JSpecify ships the explicit module org.jspecify: resolved from the module path, the clients' packages
    // keep their @NullMarked at run time (read by name: this application does not require org.jspecify)
    for (Class<?> api : List.of(KilibaClient.class, KarlaClient.class, KiboImportExportClient.class, FakeKibo.class)) {
      if (Arrays.stream(api.getPackage().getAnnotations())
          .noneMatch(a -> a.annotationType().getName().equals("org.jspecify.annotations.NullMarked"))) {
        fail(api.getPackage().getName() + " is not @NullMarked on the module path");
      }
    }
    try (FakeKiliba fakeKiliba = FakeKiliba.started(); FakeKarla fakeKarla = FakeKarla.started();
         FakeKibo fakeKibo = FakeKibo.started();
         KilibaClient kiliba = KilibaClient.builder().baseUrl(fakeKiliba.baseUrl()).apiKey(fakeKiliba.apiKey()).build();
         KarlaClient karla = KarlaClient.builder().baseUrl(fakeKarla.baseUrl())
             .username(fakeKarla.username()).apiKey(fakeKarla.apiKey()).build();
         KiboImportExportClient kibo = KiboImportExportClient.builder().authHost(fakeKibo.baseUrl())
             .tenantId(fakeKibo.tenantId()).clientId(fakeKibo.clientId()).sharedSecret(fakeKibo.sharedSecret()).build()) {
      fakeKiliba.customers().addGenerated(3);
      long customers = kiliba.customers().listAll(ListCustomersRequest.builder().build()).stream().count();
      karla.orders().place(PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001")
          .address(Address.builder().zipCode("10178").build()).build());
      int orders = karla.orders().search(OrderSearchRequest.builder().build()).size();
      int importJobs = kibo.imports().list(ListJobsRequest.builder().build()).size();

      System.out.println("module " + ShopMain.class.getModule().getName() + " (client module "
          + KilibaClient.class.getModule().getName() + "): " + customers + " customers, " + orders
          + " order, " + importJobs + " import jobs");
      if (customers != 3 || orders != 1 || importJobs != 0) {
        fail("unexpected answers");
      }
    }
  }

  private static void fail(String why) {
    System.err.println("FAILED: " + why);
    System.exit(1);
  }
}

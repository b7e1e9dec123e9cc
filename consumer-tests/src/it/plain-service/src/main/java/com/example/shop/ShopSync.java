package com.example.shop;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;

/** What a merchant's service does with the three clients. */
public final class ShopSync {
  private final KilibaClient kiliba;
  private final KarlaClient karla;
  private final KiboImportExportClient kibo;

  public ShopSync(KilibaClient kiliba, KarlaClient karla, KiboImportExportClient kibo) {
    this.kiliba = kiliba;
    this.karla = karla;
    this.kibo = kibo;
  }

  /** Counts every Kiliba customer, page by page. */
  public long customerCount() {
    return kiliba.customers().listAll(ListCustomersRequest.builder().build()).stream().count();
  }

  /** Places an order in Karla and returns how many orders the shop has. */
  public int placeOrder(String orderNumber) {
    karla.orders().place(PlaceOrderRequest.builder().orderNumber(orderNumber).externalId("e-" + orderNumber)
        .address(Address.builder().zipCode("10178").build()).build());
    return karla.orders().search(OrderSearchRequest.builder().build()).size();
  }

  /** Counts Kibo's import jobs (token, tenant lookup and the Import API). */
  public int importJobCount() {
    return kibo.imports().list(ListJobsRequest.builder().build()).size();
  }
}

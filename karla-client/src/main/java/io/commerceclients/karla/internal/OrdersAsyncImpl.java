package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import io.commerceclients.karla.order.OrdersServiceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link OrdersCalls} asynchronously. */
final class OrdersAsyncImpl implements OrdersServiceAsync {

  private final ApiTransport transport;
  private final OrdersCalls calls;

  OrdersAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new OrdersCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<Order>> search(OrderSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Order> searchAll(OrderSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Void> place(PlaceOrderRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.place(request)));
  }

  @Override
  public CompletableFuture<Void> upsert(UpsertOrderRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.upsert(request)));
  }

  @Override
  public CompletableFuture<BulkFulfillmentResult> fulfill(List<UpsertOrderRequest> requests) {
    return Async.supply(() -> calls.fulfillment(requests).runAsync(items -> transport.executeAsync(calls.fulfill(items))));
  }

  @Override
  public CompletableFuture<Order> update(String orderId, UpdateOrderRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.update(orderId, request)));
  }

  @Override
  public CompletableFuture<Shipment> updateShipment(String orderId, String shipmentId, UpdateShipmentRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.updateShipment(orderId, shipmentId, request)));
  }
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import io.commerceclients.karla.order.OrdersService;
import java.util.List;

/** Runs the {@link OrdersCalls} blocking. */
final class OrdersImpl implements OrdersService {

  private final ApiTransport transport;
  private final OrdersCalls calls;

  OrdersImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new OrdersCalls(api, slug);
  }

  @Override
  public List<Order> search(OrderSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Order> searchAll(OrderSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public void place(PlaceOrderRequest request) {
    transport.execute(calls.place(request));
  }

  @Override
  public void upsert(UpsertOrderRequest request) {
    transport.execute(calls.upsert(request));
  }

  @Override
  public BulkFulfillmentResult fulfill(List<UpsertOrderRequest> requests) {
    return calls.fulfillment(requests).run(items -> transport.execute(calls.fulfill(items)));
  }

  @Override
  public Order update(String orderId, UpdateOrderRequest request) {
    return transport.execute(calls.update(orderId, request));
  }

  @Override
  public Shipment updateShipment(String orderId, String shipmentId, UpdateShipmentRequest request) {
    return transport.execute(calls.updateShipment(orderId, shipmentId, request));
  }
}

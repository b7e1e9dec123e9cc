package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
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

final class OrdersImpl extends ShopScoped implements OrdersService {

  OrdersImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<Order> search(OrderSearchRequest request) {
    return Listing.page(transport, api.searchOrders(slug, Listing.query(request)));
  }

  @Override
  public PagedIterable<Order> searchAll(OrderSearchRequest request) {
    return Listing.all(transport, request, query -> api.searchOrders(slug, query));
  }

  @Override
  public void place(PlaceOrderRequest request) {
    Validation.placement(request, "");
    transport.execute(api.placeOrder(slug, request));
  }

  @Override
  public void upsert(UpsertOrderRequest request) {
    Validation.upsert(request, "");
    transport.execute(api.upsertOrder(slug, request));
  }

  @Override
  public BulkFulfillmentResult fulfill(List<UpsertOrderRequest> requests) {
    Check.notEmpty(requests, "requests");
    for (int i = 0; i < requests.size(); i++) {
      Check.required(requests.get(i), Check.item("requests", i, ""));
      Validation.upsert(requests.get(i), Check.item("requests", i, "") + ".");
    }
    return new BulkFulfillment(requests, items -> transport.execute(api.fulfillOrders(slug, items)))
        .run();
  }

  @Override
  public Order update(String orderId, UpdateOrderRequest request) {
    Check.notBlank(orderId, "orderId");
    Validation.shipments(request.expectedNumberOfShipments());
    return transport.execute(api.updateOrder(slug, orderId, request));
  }

  @Override
  public Shipment updateShipment(String orderId, String shipmentId, UpdateShipmentRequest request) {
    Check.notBlank(orderId, "orderId");
    Check.notBlank(shipmentId, "shipmentId");
    request.products().ifPresent(products -> Validation.products(products, "products"));
    return transport.execute(api.updateShipment(slug, orderId, shipmentId, request));
  }
}

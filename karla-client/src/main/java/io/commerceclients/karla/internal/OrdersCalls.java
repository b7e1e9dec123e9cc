package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import java.util.List;
import retrofit2.Call;

/**
 * The orders operations of one shop, each written once: its validation and its Retrofit call,
 * run blocking by {@link OrdersImpl} and asynchronously by {@link OrdersAsyncImpl}.
 */
final class OrdersCalls extends ShopScoped {

  OrdersCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<Order>> search(OrderSearchRequest request) {
    return api.searchOrders(slug, Listing.query(request));
  }

  Listing.Pages<Order> searchAll(OrderSearchRequest request) {
    return Listing.pages(request, query -> api.searchOrders(slug, query));
  }

  Call<Void> place(PlaceOrderRequest request) {
    Check.required(request, "request");
    Validation.placement(request, "");
    return api.placeOrder(slug, request);
  }

  Call<Void> upsert(UpsertOrderRequest request) {
    Check.required(request, "request");
    Validation.upsert(request, "");
    return api.upsertOrder(slug, request);
  }

  /** Checks every item (the message names {@code requests[i]}) and returns the fulfillment to run. */
  BulkFulfillment fulfillment(List<UpsertOrderRequest> requests) {
    Check.notEmpty(requests, "requests");
    for (int i = 0; i < requests.size(); i++) {
      Check.required(requests.get(i), Check.item("requests", i, ""));
      Validation.upsert(requests.get(i), Check.item("requests", i, "") + ".");
    }
    return new BulkFulfillment(requests);
  }

  /** One bulk request of items already checked by {@link #fulfillment}. */
  Call<Void> fulfill(List<UpsertOrderRequest> items) {
    return api.fulfillOrders(slug, items);
  }

  Call<Order> update(String orderId, UpdateOrderRequest request) {
    Check.pathSegment(orderId, "orderId");
    Check.required(request, "request");
    Validation.shipments(request.expectedNumberOfShipments());
    return api.updateOrder(slug, orderId, request);
  }

  Call<Shipment> updateShipment(String orderId, String shipmentId, UpdateShipmentRequest request) {
    Check.pathSegment(orderId, "orderId");
    Check.pathSegment(shipmentId, "shipmentId");
    Check.required(request, "request");
    request.products().ifPresent(products -> Validation.products(products, "products"));
    return api.updateShipment(slug, orderId, shipmentId, request);
  }
}

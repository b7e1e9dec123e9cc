package io.commerceclients.karla.order;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link OrdersService}: the same operations, each returning at once a
 * future that fails with the exception the blocking method throws (a {@code ValidationException}
 * before anything is sent). Cancelling a future cancels its request in flight or its retry waiting.
 */
public interface OrdersServiceAsync {

  /** Returns one page of the orders matching the request's filters; as {@link OrdersService#search}. */
  CompletableFuture<List<Order>> search(OrderSearchRequest request);

  /**
   * Returns every order matching the filters, fetched page by page without blocking; an invalid
   * page or perPage fails each iteration with a {@code ValidationException}.
   */
  AsyncPagedIterable<Order> searchAll(OrderSearchRequest request);

  /** Places an order; as {@link OrdersService#place}. */
  CompletableFuture<Void> place(PlaceOrderRequest request);

  /** Creates or updates an order and upserts its trackings; as {@link OrdersService#upsert}. */
  CompletableFuture<Void> upsert(UpsertOrderRequest request);

  /**
   * Upserts several orders in one call without blocking; when Karla rejects some items by index,
   * the others are sent once more when that answer arrives, as {@link OrdersService#fulfill} does.
   * Cancelling the future cancels the request in flight and sends nothing more; the future then
   * fails with a {@link BulkFulfillmentCancelledException} listing the items in doubt, not sent
   * and rejected.
   */
  CompletableFuture<BulkFulfillmentResult> fulfill(List<UpsertOrderRequest> requests);

  /** Updates an order's address or expected number of shipments; as {@link OrdersService#update}. */
  CompletableFuture<Order> update(String orderId, UpdateOrderRequest request);

  /** Updates a shipment of an order; as {@link OrdersService#updateShipment}. */
  CompletableFuture<Shipment> updateShipment(String orderId, String shipmentId, UpdateShipmentRequest request);
}

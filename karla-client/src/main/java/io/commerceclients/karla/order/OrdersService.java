package io.commerceclients.karla.order;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import java.util.List;

/** The orders of one shop and their shipments (trackings). */
public interface OrdersService {

  /**
   * Returns one page of the orders (with their trackings) matching the request's filters.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Order> search(OrderSearchRequest request);

  /**
   * Returns every order matching the filters, fetched lazily page by page from the request's page
   * (default 1) with its perPage (default 100); the listing ends on the first short page.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   */
  PagedIterable<Order> searchAll(OrderSearchRequest request);

  /**
   * Places an order.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the address has no zip code,
   *     expectedNumberOfShipments exceeds 100, or a required field is blank
   * @throws io.commerceclients.core.error.ConflictException if the order exists
   */
  void place(PlaceOrderRequest request);

  /**
   * Creates or updates an order and upserts its trackings (by tracking number). Safe to repeat.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a required field is blank
   * @throws io.commerceclients.core.error.NotFoundException if no order is given and none exists
   */
  void upsert(UpsertOrderRequest request);

  /**
   * Upserts several orders and their trackings in one call and reports which were accepted. When
   * Karla rejects some items by index, the others are sent again once, so one bad item does not
   * block the rest; the result lists the rejected items with Karla's reasons.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the list is empty or an item
   *     is invalid (the message names {@code requests[i]})
   * @throws io.commerceclients.core.error.ApiException if the call fails as a whole
   */
  BulkFulfillmentResult fulfill(List<UpsertOrderRequest> requests);

  /**
   * Updates an order's address or expected number of shipments and returns the order.
   *
   * @throws io.commerceclients.core.validation.ValidationException if expectedNumberOfShipments exceeds 100
   * @throws io.commerceclients.core.error.NotFoundException if the order does not exist
   */
  Order update(String orderId, UpdateOrderRequest request);

  /**
   * Updates a shipment of an order (tracking URL, products) and returns it.
   *
   * @throws io.commerceclients.core.error.NotFoundException if the order or shipment does not exist
   */
  Shipment updateShipment(String orderId, String shipmentId, UpdateShipmentRequest request);
}

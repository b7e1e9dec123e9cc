package io.commerceclients.karla.order;

import io.commerceclients.karla.model.order.CreateShipmentEventRequest;

/** The shipments of one shop. */
public interface ShipmentsService {

  /**
   * Adds a carrier event to a shipment.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the shipment id or external id is blank, or the
   *     shipment id is {@code .} or {@code ..}
   * @throws io.commerceclients.core.error.NotFoundException if the shipment does not exist
   */
  void addEvent(String shipmentId, CreateShipmentEventRequest request);
}

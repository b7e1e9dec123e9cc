package io.commerceclients.karla.order;

import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ShipmentsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface ShipmentsServiceAsync {

  /** Adds a carrier event to a shipment; as {@link ShipmentsService#addEvent}. */
  CompletableFuture<Void> addEvent(String shipmentId, CreateShipmentEventRequest request);
}

package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import retrofit2.Call;

/** The shipment operations of one shop, run by {@link DefaultKarlaShop} and {@link DefaultKarlaShopAsync}. */
final class ShipmentsCalls extends ShopScoped {

  ShipmentsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<Void> addEvent(String shipmentId, CreateShipmentEventRequest request) {
    Check.pathSegment(shipmentId, "shipmentId");
    Check.required(request, "request");
    Check.notBlank(request.externalId(), "externalId");
    return api.createShipmentEvent(slug, shipmentId, request);
  }
}

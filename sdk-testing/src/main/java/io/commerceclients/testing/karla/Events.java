package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;

/** Builds the webhook event envelopes the fake delivers. */
final class Events {

  private Events() {}

  /** A {@code shipment_updates} event about {@code shipment}, its newest event as the new one. */
  static ObjectNode shipmentUpdate(KarlaState state, KarlaState.ShopState shop, ObjectNode shipment) {
    ObjectNode event = FakeJson.object();
    event.put("source", "karla");
    event.put("ref", "shipments/" + Routes.text(shipment, "uuid"));
    event.put("version", "1");
    event.put("triggered_at", state.now());
    event.put("event_group", "shipment_updates");
    ObjectNode data = event.putObject("event_data");
    data.put("shipment_uuid", Routes.text(shipment, "uuid"));
    data.putObject("additional_info");
    ArrayNode all = data.putArray("all_events");
    for (JsonNode tracked : shipment.path("events")) {
      all.add(carrierEvent(tracked, shipment));
    }
    ArrayNode fresh = data.putArray("new_events");
    if (all.size() > 0) {
      fresh.add(all.get(all.size() - 1).deepCopy());
    }
    ObjectNode context = event.putObject("context");
    context.put("shop_slug", shop.slug());
    context.put("order_id", Routes.text(shipment, "order_id"));
    context.put("order_number", Routes.text(shipment, "order_number"));
    context.put("tracking_number", Routes.text(shipment.path("carrier"), "tracking_number"));
    context.put("state", Routes.text(shipment, "state"));
    return event;
  }

  private static ObjectNode carrierEvent(JsonNode tracked, ObjectNode shipment) {
    ObjectNode out = FakeJson.object();
    out.put("time", Routes.text(tracked, "time"));
    out.put("event", tracked.path("event_strings").path("event_status").asText());
    out.putObject("location");
    out.put("timezone", Routes.text(tracked, "timezone"));
    out.put("event_key", Routes.text(tracked, "event_key"));
    out.put("phase", Routes.text(tracked, "phase"));
    out.put("phase_key", Routes.text(tracked, "phase"));
    out.put("carrier_name", Routes.text(shipment.path("carrier"), "carrier_reference"));
    out.putObject("additional_info");
    return out;
  }
}

package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import java.time.OffsetDateTime;

/** Creating shipments from trackings and moving them along with carrier events. */
final class Shipments {

  private Shipments() {}

  /** Creates or updates the order's shipment with the tracking's number. */
  static ObjectNode upsert(KarlaState state, KarlaState.ShopState shop, ObjectNode order, JsonNode tracking) {
    String number = Routes.text(tracking, "tracking_number");
    ArrayNode trackings = (ArrayNode) order.get("trackings");
    ObjectNode shipment = null;
    for (JsonNode existing : trackings) {
      if (number.equals(Routes.text(existing.path("carrier"), "tracking_number"))) {
        shipment = (ObjectNode) existing;
      }
    }
    if (shipment == null) {
      shipment = FakeJson.object();
      String uuid = KarlaState.newId();
      shipment.put("uuid", uuid);
      shipment.put("id", uuid);
      shipment.putArray("events");
      shipment.putObject("carrier").put("tracking_number", number);
      shipment.put("state", "pending");
      shipment.put("flag", "normal");
      shipment.putArray("products");
      shipment.put("merchant_id", Routes.text(shop.shop, "uuid"));
      shipment.put("merchant_slug", shop.slug());
      shipment.put("shop_slug", shop.slug());
      shipment.put("order_id", Routes.text(order, "uuid"));
      shipment.put("order_number", Routes.text(order, "order_number"));
      trackings.add(shipment);
      shop.shipments.put(uuid, shipment);
    }
    ObjectNode carrier = (ObjectNode) shipment.get("carrier");
    Routes.copy(tracking, carrier, "carrier_reference", "tracking_url");
    Routes.copy(tracking, shipment, "products", "external_shipment_id");
    shipment.put("updated_at", state.now());
    return shipment;
  }

  /** Appends a carrier event, keeps the events in time order, and updates state and flag. */
  static void addEvent(ObjectNode shipment, String name, String time, String externalId) {
    ObjectNode event = FakeJson.object();
    String phase = phaseOf(name);
    event.put("event_key", name);
    event.put("time", time);
    event.put("timezone", "UTC");
    event.putObject("location");
    event.putObject("additional_info");
    event.put("phase", phase);
    String label = name.charAt(0) + name.substring(1).toLowerCase().replace('_', ' ');
    event.putObject("event_strings")
        .put("event_status", label)
        .put("list_label", label)
        .put("header_headline", label)
        .put("header_title", label)
        .put("header_subtitle", "");
    event.put("language", "en");
    event.put("external_id", externalId);
    ArrayNode events = (ArrayNode) shipment.get("events");
    int at = events.size();
    OffsetDateTime when = OffsetDateTime.parse(time);
    while (at > 0 && OffsetDateTime.parse(Routes.text(events.get(at - 1), "time")).isAfter(when)) {
      at--;
    }
    events.insert(at, event);
    JsonNode latest = events.get(events.size() - 1);
    shipment.put("state", stateOf(Routes.text(latest, "phase")));
    shipment.put("flag", flagOf(Routes.text(latest, "event_key")));
  }

  static String phaseOf(String name) {
    if (name.contains("SUCCESSFULLY_DELIVERED") || name.startsWith("SUCCESSFULLY_COLLECTED")) {
      return "delivered";
    }
    if (name.startsWith("RETURN") || name.contains("RETURNED_TO") || name.contains("RETURNING_TO")) {
      return "returned";
    }
    if (name.equals("PARCEL_READY_FOR_PICKUP") || name.startsWith("ARRIVED_AT_PARCEL")
        || name.equals("ARRIVED_AT_PICKUP_POINT") || name.equals("ARRIVED_AT_POST_OFFICE")
        || name.equals("ARRIVED_AT_COMMUNITY_BOX")) {
      return "collect";
    }
    if (name.equals("OUT_FOR_DELIVERY") || name.equals("IN_DELIVERY")
        || name.startsWith("DELIVERY_ATTEMPTED")) {
      return "in_delivery";
    }
    if (name.equals("ORDER_CREATED")) {
      return "order_created";
    }
    if (name.startsWith("ORDER_") || name.startsWith("PARCEL_DATA")) {
      return "order_processed";
    }
    return "in_transit";
  }

  private static String stateOf(String phase) {
    switch (phase) {
      case "delivered":
        return "delivered";
      case "returned":
        return "returned";
      case "collect":
        return "collect";
      case "order_created":
      case "order_processed":
        return "pending";
      default:
        return "transit";
    }
  }

  private static String flagOf(String name) {
    if (name.contains("LOST") || name.contains("FAILED") || name.contains("DAMAGED")
        || name.contains("ERROR")) {
      return "error";
    }
    if (name.contains("DELAY")) {
      return "delay";
    }
    return "normal";
  }
}

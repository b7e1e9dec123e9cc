package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Orders, their shipments (trackings) and shipment events. */
final class OrderRoutes extends Routes {

  private static final Set<String> ID_TYPES = Set.of("uuid", "external_id", "order_name", "order_number");
  private static final Set<String> EVENT_NAMES = eventNames();
  private static final String[] ORDER_FIELDS = {
    "order_number", "order_name", "order_placed_at", "total_order_price", "shipping_price",
    "sub_total_price", "discount_price", "products", "discounts", "email_id", "address", "currency",
    "segments", "weight", "external_customer_id", "order_status_url", "external_id",
    "preferred_delivery_date", "user_agent", "order_analytics", "expected_number_of_shipments"
  };

  OrderRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/shops/{slug}/orders", this::search);
    fake.on("POST", "/v1/shops/{slug}/orders", this::place);
    fake.on("PUT", "/v1/shops/{slug}/orders", this::upsert);
    fake.on("PUT", "/v1/shops/{slug}/orders/bulk", this::bulk);
    fake.on("PATCH", "/v1/shops/{slug}/orders/{order_id}", this::updateOrder);
    fake.on("PATCH", "/v1/shops/{slug}/orders/{order_id}/shipments/{shipment_id}", this::updateShipment);
    fake.on("POST", "/v1/shops/{slug}/shipments/{shipment_id}/events", this::addEvent);
  }

  private FakeResponse search(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Optional<String> zip = request.query("zip_code");
    Optional<OffsetDateTime> from = time(request, "order_placed_from");
    Optional<OffsetDateTime> to = time(request, "order_placed_to");
    Optional<OffsetDateTime> since = time(request, "shipment_updated_since");
    List<ObjectNode> kept =
        shop.orders.values().stream()
            .filter(o -> zip.isEmpty() || zip.get().equals(text(o.path("address"), "zip_code")))
            .filter(o -> from.isEmpty() || !placedAt(o).isBefore(from.get()))
            .filter(o -> to.isEmpty() || !placedAt(o).isAfter(to.get()))
            .filter(o -> since.isEmpty() || updatedSince(o, since.get()))
            .collect(Collectors.toList());
    return ok(Pages.page(request, kept, o -> o,
        "email_id", "external_id", "order_name", "order_number", "uuid"));
  }

  private FakeResponse place(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    checkPlacement(problems, body);
    problems.throwIfAny();
    String number = text(body, "order_number");
    if (findBy(shop, "order_number", number).isPresent()) {
      throw KarlaError.exists("order", number);
    }
    createOrder(shop, body);
    return createdNull();
  }

  private FakeResponse upsert(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    checkFulfillment(problems, body);
    problems.throwIfAny();
    requireOrderOrReference(shop, body);
    applyFulfillment(shop, body);
    return okNull();
  }

  private FakeResponse bulk(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    JsonNode body = request.bodyJson();
    Problems problems = Problems.body();
    if (!body.isArray()) {
      problems.add("list_type", "Input should be a valid list");
      problems.throwIfAny();
    }
    for (int i = 0; i < body.size(); i++) {
      Problems item = problems.under(i);
      if (item.object(body.get(i))) {
        checkFulfillment(item, body.get(i));
      }
    }
    problems.throwIfAny();
    for (JsonNode item : body) {
      requireOrderOrReference(shop, item);
    }
    for (JsonNode item : body) {
      applyFulfillment(shop, item);
    }
    return okNull();
  }

  private FakeResponse updateOrder(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode order = shop.order(request.pathParam("order_id"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.range(body, "expected_number_of_shipments", Long.MIN_VALUE, 100);
    if (body.has("address") && !body.get("address").isObject()) {
      problems.add("model_attributes_type", "Input should be a valid dictionary or object", "address");
    }
    problems.throwIfAny();
    copy(body, order, "address", "expected_number_of_shipments");
    return ok(order);
  }

  private FakeResponse updateShipment(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode order = shop.order(request.pathParam("order_id"));
    ObjectNode shipment = shop.shipment(request.pathParam("shipment_id"));
    if (!text(order, "uuid").equals(text(shipment, "order_id"))) {
      throw KarlaError.notFound("shipment", request.pathParam("shipment_id"));
    }
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.array(body, "products");
    problems.throwIfAny();
    if (body.has("tracking_url")) {
      ((ObjectNode) shipment.get("carrier")).set("tracking_url", body.get("tracking_url").deepCopy());
    }
    copy(body, shipment, "products");
    shipment.put("updated_at", state.now());
    return ok(shipment);
  }

  private FakeResponse addEvent(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode shipment = shop.shipment(request.pathParam("shipment_id"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "event_name", "event_time", "external_id");
    problems.dateTime(body, "event_time");
    String name = text(body, "event_name");
    if (name != null && !EVENT_NAMES.contains(name)) {
      problems.add("value_error", "Value error, unknown event " + name, "event_name");
    }
    problems.throwIfAny();
    ArrayNode events = (ArrayNode) shipment.get("events");
    for (JsonNode existing : events) {
      if (text(body, "external_id").equals(text(existing, "external_id"))) {
        return createdNull();
      }
    }
    Shipments.addEvent(shipment, name, text(body, "event_time"), text(body, "external_id"));
    shipment.put("updated_at", state.now());
    return createdNull();
  }

  private static void checkPlacement(Problems problems, JsonNode body) {
    problems.required(body, "order_number", "external_id", "address");
    JsonNode address = body.get("address");
    if (address != null && !address.isNull()) {
      Problems at = problems.under("address");
      if (at.object(address)) {
        at.required(address, "zip_code");
      }
    }
    problems.range(body, "expected_number_of_shipments", Long.MIN_VALUE, 100);
    problems.dateTime(body, "order_placed_at");
    problems.array(body, "products");
    problems.array(body, "discounts");
  }

  private static void checkFulfillment(Problems problems, JsonNode body) {
    problems.required(body, "id", "trackings");
    problems.oneOf(body, "id_type", ID_TYPES);
    JsonNode order = body.get("order");
    if (order != null && !order.isNull()) {
      Problems at = problems.under("order");
      if (at.object(order)) {
        checkPlacement(at, order);
      }
    }
    JsonNode trackings = body.get("trackings");
    if (trackings != null && !trackings.isNull()) {
      if (!trackings.isArray()) {
        problems.add("list_type", "Input should be a valid list", "trackings");
        return;
      }
      for (int i = 0; i < trackings.size(); i++) {
        Problems at = problems.under("trackings", i);
        if (at.object(trackings.get(i))) {
          at.required(trackings.get(i), "tracking_number");
          at.dateTime(trackings.get(i), "tracking_placed_at");
        }
      }
    }
  }

  private void requireOrderOrReference(KarlaState.ShopState shop, JsonNode body) {
    if (!body.hasNonNull("order") && findReference(shop, body).isEmpty()) {
      throw KarlaError.notFound("order", text(body, "id"));
    }
  }

  private void applyFulfillment(KarlaState.ShopState shop, JsonNode body) {
    Optional<ObjectNode> found = findReference(shop, body);
    ObjectNode order;
    if (body.hasNonNull("order")) {
      if (found.isPresent()) {
        order = found.get();
        copy(body.get("order"), order, ORDER_FIELDS);
      } else {
        order = createOrder(shop, body.get("order"));
      }
    } else {
      order = found.orElseThrow();
    }
    for (JsonNode tracking : body.get("trackings")) {
      Shipments.upsert(state, shop, order, tracking);
    }
  }

  private ObjectNode createOrder(KarlaState.ShopState shop, JsonNode body) {
    ObjectNode order = FakeJson.object();
    String uuid = KarlaState.newId();
    order.put("uuid", uuid);
    order.put("order_placed_at", state.now());
    order.put("discount_price", 0);
    order.putArray("products");
    order.putArray("discounts");
    order.put("currency", "EUR");
    order.putArray("segments");
    order.put("expected_number_of_shipments", 1);
    copy(body, order, ORDER_FIELDS);
    order.put("merchant_slug", shop.slug());
    order.putArray("trackings");
    shop.orders.put(uuid, order);
    return order;
  }

  private Optional<ObjectNode> findReference(KarlaState.ShopState shop, JsonNode body) {
    String type = body.hasNonNull("id_type") ? text(body, "id_type") : "order_number";
    String id = text(body, "id");
    if (type.equals("uuid")) {
      return Optional.ofNullable(shop.orders.get(id));
    }
    return findBy(shop, type, id);
  }

  private static Optional<ObjectNode> findBy(KarlaState.ShopState shop, String field, String value) {
    return shop.orders.values().stream().filter(o -> value.equals(text(o, field))).findFirst();
  }

  private OffsetDateTime placedAt(ObjectNode order) {
    return OffsetDateTime.parse(text(order, "order_placed_at"));
  }

  private static boolean updatedSince(ObjectNode order, OffsetDateTime since) {
    for (JsonNode shipment : order.get("trackings")) {
      String updated = text(shipment, "updated_at");
      if (updated != null && !OffsetDateTime.parse(updated).isBefore(since)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<OffsetDateTime> time(FakeRequest request, String name) {
    Optional<String> raw = request.query(name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(raw.get()));
    } catch (RuntimeException e) {
      Problems problems = Problems.query();
      problems.add("datetime_from_date_parsing", "Input should be a valid datetime", name);
      problems.throwIfAny();
      return Optional.empty();
    }
  }

  /** Reads the event names the reference allows from {@code shipment-event-names.txt}. */
  private static Set<String> eventNames() {
    try (InputStream in = OrderRoutes.class.getResourceAsStream("shipment-event-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("shipment-event-names.txt is missing from sdk-testing");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ObjectNode> list(ArrayNode array) {
    List<ObjectNode> out = new ArrayList<>();
    array.forEach(node -> out.add((ObjectNode) node));
    return out;
  }
}

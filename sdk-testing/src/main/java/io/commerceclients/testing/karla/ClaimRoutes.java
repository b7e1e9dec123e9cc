package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.util.Set;

/** Claims about shipments. */
final class ClaimRoutes extends Routes {

  private static final Set<String> REASONS =
      Set.of("partial_damage", "damage", "investigation", "support", "return");
  private static final Set<String> STATUSES = Set.of("pending", "accepted", "rejected", "closed");
  private static final Set<String> PREFERENCES = Set.of("reorder", "refund");

  ClaimRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/shops/{slug}/claims", this::search);
    fake.on("POST", "/v1/shops/{slug}/claims", this::create);
    fake.on("PUT", "/v1/shops/{slug}/claims/{uuid}", this::update);
    fake.on("DELETE", "/v1/shops/{slug}/claims/{uuid}", this::delete);
  }

  private FakeResponse search(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return ok(Pages.page(request, values(shop.claims), c -> c,
        "order_id", "shipment_id", "resolution_preference", "status"));
  }

  private FakeResponse create(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "reason");
    problems.oneOf(body, "reason", REASONS);
    problems.oneOf(body, "status", STATUSES);
    problems.oneOf(body, "resolution_preference", PREFERENCES);
    checkItems(problems, body, "selected_items");
    checkItems(problems, body, "damaged_product_items");
    problems.throwIfAny();
    ObjectNode claim = FakeJson.object();
    String now = state.now();
    claim.put("created_at", now);
    claim.put("updated_at", now);
    claim.put("uuid", KarlaState.newId());
    claim.put("shop_id", text(shop.shop, "uuid"));
    String shipmentId = text(body, "shipment_id");
    if (shipmentId != null) {
      ObjectNode shipment = shop.shipment(shipmentId);
      ObjectNode order = shop.order(text(shipment, "order_id"));
      claim.put("order_id", text(order, "uuid"));
      claim.put("shipment_id", shipmentId);
      claim.put("order_number", text(order, "order_number"));
      copy(order, claim, "address");
      claim.put("tracking_number", text(shipment.path("carrier"), "tracking_number"));
      copy(shipment.path("carrier"), claim, "carrier_reference");
    }
    claim.put("status", "pending");
    claim.putArray("damaged_product_items");
    claim.putArray("selected_items");
    claim.putArray("image_urls");
    copy(body, claim, "resolution_preference", "reason", "status", "description",
        "customer_signature_image_url", "damaged_product_items", "selected_items", "image_urls",
        "dropoff_permission");
    claim.put("shop_slug", shop.slug());
    shop.claims.put(text(claim, "uuid"), claim);
    return created(claim);
  }

  private FakeResponse update(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode claim = KarlaState.ShopState.find(shop.claims, "claim", request.pathParam("uuid"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.oneOf(body, "status", STATUSES);
    problems.oneOf(body, "resolution_preference", PREFERENCES);
    problems.throwIfAny();
    copy(body, claim, "resolution_preference", "status");
    String now = state.now();
    claim.put("updated_at", now);
    String status = text(claim, "status");
    if ("closed".equals(status) || "rejected".equals(status)) {
      claim.put("deleted_at", now);
    }
    return ok(claim);
  }

  private FakeResponse delete(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    KarlaState.ShopState.find(shop.claims, "claim", request.pathParam("uuid"));
    shop.claims.remove(request.pathParam("uuid"));
    return ok(FakeJson.object());
  }

  private static void checkItems(Problems problems, ObjectNode body, String field) {
    JsonNode items = body.get(field);
    if (items == null || items.isNull()) {
      return;
    }
    if (!items.isArray()) {
      problems.add("list_type", "Input should be a valid list", field);
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      Problems at = problems.under(field, i);
      if (at.object(items.get(i))) {
        at.required(items.get(i), "quantity");
      }
    }
  }
}

package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.util.Map;
import java.util.Set;

/** Webhook endpoints and Shopify webhooks. */
final class WebhookRoutes extends Routes {

  private static final Set<String> STATUSES = Set.of("active", "inactive");
  private static final Map<String, String> SHOPIFY_TOPICS =
      Map.of(
          "order-creation", "orders/create",
          "order-fulfillment", "orders/fulfilled",
          "order-partial-fulfillment", "orders/partially_fulfilled",
          "order-update", "orders/updated",
          "order-fulfillment-update", "fulfillments/update");

  WebhookRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/shops/{slug}/webhooks", this::search);
    fake.on("POST", "/v1/shops/{slug}/webhooks", this::create);
    fake.on("PATCH", "/v1/shops/{slug}/webhooks/{uuid}", this::update);
    fake.on("DELETE", "/v1/shops/{slug}/webhooks/{uuid}", this::delete);
    fake.on("GET", "/v1/shops/{slug}/shopify/webhooks", this::searchShopify);
    fake.on("POST", "/v1/shops/{slug}/shopify/webhooks", this::createShopify);
    fake.on("GET", "/v1/shops/{slug}/shopify/webhooks/{uuid}", r -> ok(shopifyByUuid(r)));
    fake.on("DELETE", "/v1/shops/{slug}/shopify/webhooks/{uuid}", this::deleteShopifyByUuid);
    fake.on("GET", "/v1/shops/{slug}/shopify/webhooks/type/{webhook_type}", r -> ok(shopifyByType(r)));
    fake.on("DELETE", "/v1/shops/{slug}/shopify/webhooks/type/{webhook_type}", this::deleteShopifyByType);
  }

  private FakeResponse search(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return ok(Pages.page(request, values(shop.webhooks), WebhookRoutes::withoutSecret,
        "uuid", "status", "url"));
  }

  private FakeResponse create(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "url");
    problems.url(body, "url");
    problems.length(body, "secret", 16, 64);
    problems.oneOf(body, "status", STATUSES);
    problems.array(body, "enabled_events");
    problems.throwIfAny();
    ObjectNode hook = FakeJson.object();
    if (body.has("enabled_events")) {
      hook.set("enabled_events", body.get("enabled_events").deepCopy());
    } else {
      hook.putArray("enabled_events").add("*");
    }
    hook.put("secret", body.hasNonNull("secret") ? text(body, "secret") : "whsec_" + KarlaState.newId().replace("-", ""));
    copy(body, hook, "description");
    hook.put("status", body.hasNonNull("status") ? text(body, "status") : "active");
    hook.put("url", text(body, "url"));
    String now = state.now();
    hook.put("created_at", now);
    hook.put("updated_at", now);
    hook.put("uuid", KarlaState.newId());
    hook.put("shop_slug", shop.slug());
    shop.webhooks.put(text(hook, "uuid"), hook);
    return created(hook);
  }

  private FakeResponse update(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode hook = KarlaState.ShopState.find(shop.webhooks, "webhook", request.pathParam("uuid"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.url(body, "url");
    problems.oneOf(body, "status", STATUSES);
    problems.throwIfAny();
    copy(body, hook, "description", "status", "url", "enabled_events");
    hook.put("updated_at", state.now());
    return okNull();
  }

  private FakeResponse delete(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    KarlaState.ShopState.find(shop.webhooks, "webhook", request.pathParam("uuid"));
    shop.webhooks.remove(request.pathParam("uuid"));
    return okNull();
  }

  private FakeResponse searchShopify(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return ok(Pages.page(request, values(shop.shopifyWebhooks), h -> h));
  }

  private FakeResponse createShopify(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "webhook_type");
    problems.oneOf(body, "webhook_type", SHOPIFY_TOPICS.keySet());
    problems.throwIfAny();
    String type = text(body, "webhook_type");
    for (ObjectNode existing : shop.shopifyWebhooks.values()) {
      if (type.equals(text(existing, "webhook_type"))) {
        throw KarlaError.exists("shopify_webhook", type);
      }
    }
    ObjectNode hook = FakeJson.object();
    String now = state.now();
    hook.put("webhook_type", type);
    hook.put("created_at", now);
    hook.put("updated_at", now);
    hook.put("uuid", KarlaState.newId());
    hook.put("shop_slug", shop.slug());
    hook.put("name", shop.slug() + "-" + type);
    hook.put("shopify_id", 1000L + shop.shopifyWebhooks.size());
    hook.put("topic", SHOPIFY_TOPICS.get(type));
    hook.put("hook_url", "https://api.gokarla.io/v1/shopify/" + shop.slug() + "/" + type);
    hook.putArray("fields");
    shop.shopifyWebhooks.put(text(hook, "uuid"), hook);
    return created(hook);
  }

  private ObjectNode shopifyByUuid(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return KarlaState.ShopState.find(shop.shopifyWebhooks, "shopify_webhook", request.pathParam("uuid"));
  }

  private ObjectNode shopifyByType(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    String type = request.pathParam("webhook_type");
    for (ObjectNode hook : shop.shopifyWebhooks.values()) {
      if (type.equals(text(hook, "webhook_type"))) {
        return hook;
      }
    }
    throw KarlaError.notFound("shopify_webhook", type);
  }

  private FakeResponse deleteShopifyByUuid(FakeRequest request) {
    ObjectNode hook = shopifyByUuid(request);
    state.shop(request.pathParam("slug")).shopifyWebhooks.remove(text(hook, "uuid"));
    return okNull();
  }

  private FakeResponse deleteShopifyByType(FakeRequest request) {
    ObjectNode hook = shopifyByType(request);
    state.shop(request.pathParam("slug")).shopifyWebhooks.remove(text(hook, "uuid"));
    return okNull();
  }

  private static ObjectNode withoutSecret(ObjectNode hook) {
    ObjectNode copy = hook.deepCopy();
    copy.remove("secret");
    return copy;
  }

  static boolean isActive(JsonNode hook) {
    return "active".equals(text(hook, "status"));
  }
}

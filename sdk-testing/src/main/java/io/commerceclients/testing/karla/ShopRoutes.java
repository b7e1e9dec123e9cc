package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.util.List;
import java.util.Set;

/** Shops, their keys, images and settings. */
final class ShopRoutes extends Routes {

  static final Set<String> LANGUAGES = Set.of("da", "nl", "en", "fr", "de", "it", "es");
  static final Set<String> PROVIDERS = Set.of("shopware", "shopify");
  static final Set<String> IMAGE_TYPES =
      Set.of("background", "claim", "logo", "signature", "product", "voucher");
  private static final String[] SHOP_FIELDS = {
    "name", "description", "organization", "language", "shop_provider", "shop_admin_url",
    "shop_faq_url", "shop_service_url", "shop_url", "logo_url", "klaviyo_enabled", "web_tracking_enabled"
  };
  private static final String[] SHOP_FLAGS = {"klaviyo_enabled", "web_tracking_enabled"};

  ShopRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/shops", this::search);
    fake.on("POST", "/v1/shops", this::createShop);
    fake.on("GET", "/v1/shops/{slug}", r -> ok(state.shop(r.pathParam("slug")).shop));
    fake.on("PATCH", "/v1/shops/{slug}", this::update);
    fake.on("DELETE", "/v1/shops/{slug}", this::delete);
    fake.on("PUT", "/v1/shops/{slug}/keys/klaviyo", r -> setKey(r, "klaviyo"));
    fake.on("PUT", "/v1/shops/{slug}/keys/shopify", r -> setKey(r, "shopify"));
    fake.on("PUT", "/v1/shops/{slug}/keys/shopware", this::setShopware);
    fake.on("GET", "/v1/shops/{slug}/keys", this::listKeys);
    fake.on("POST", "/v1/shops/{slug}/images/{image_type}", this::uploadImage);
    fake.on("GET", "/v1/shops/{slug}/settings", r -> ok(state.shop(r.pathParam("slug")).settings));
    fake.on("PUT", "/v1/shops/{slug}/settings/carriers", r -> settings(r, "carriers", "shipment_updates"));
    fake.on("PUT", "/v1/shops/{slug}/settings/triggers", r -> settings(r, "triggers", "klaviyo", "shopify"));
    fake.on("PUT", "/v1/shops/{slug}/settings/segments", r -> settings(r, "segments", "klaviyo", "shopify"));
  }

  /** Creates a shop from a validated body and returns its state. */
  static KarlaState.ShopState create(KarlaState state, JsonNode body) {
    String slug = text(body, "slug");
    ObjectNode shop = FakeJson.object();
    String now = state.now();
    shop.put("created_at", now);
    shop.put("updated_at", now);
    shop.put("uuid", KarlaState.newId());
    shop.put("slug", slug);
    shop.put("language", "en");
    shop.put("klaviyo_enabled", false);
    shop.put("web_tracking_enabled", false);
    copy(body, shop, SHOP_FIELDS);
    ObjectNode settings = FakeJson.object();
    JsonNode initial = body.path("settings");
    settings.putObject("carriers").put("shipment_updates", initial.path("carriers_enabled").asBoolean(false));
    settings.putObject("triggers")
        .put("klaviyo", initial.path("klaviyo_triggers_enabled").asBoolean(false))
        .put("shopify", initial.path("shopify_triggers_enabled").asBoolean(false));
    settings.putObject("segments").put("klaviyo", false).put("shopify", false);
    KarlaState.ShopState shopState = new KarlaState.ShopState(shop, settings);
    state.shops.put(slug, shopState);
    String org = text(shop, "organization");
    if (org != null && !state.orgs.containsKey(org)) {
      ObjectNode orgNode = FakeJson.object();
      orgNode.put("id", state.orgs.size() + 1);
      orgNode.put("slug", org);
      orgNode.put("name", org);
      orgNode.put("feature_community", "live");
      orgNode.putObject("feature_toggles");
      state.orgs.put(org, orgNode);
    }
    return shopState;
  }

  private FakeResponse search(FakeRequest request) {
    List<ObjectNode> shops =
        state.shops.values().stream().map(s -> s.shop).collect(java.util.stream.Collectors.toList());
    return ok(Pages.page(request, shops, s -> s,
        "uuid", "name", "slug", "shop_provider", "language", "organization"));
  }

  private FakeResponse createShop(FakeRequest request) {
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "name", "slug");
    checkShopFields(problems, body);
    problems.throwIfAny();
    String slug = text(body, "slug");
    if (state.shops.containsKey(slug)) {
      throw KarlaError.exists("shop", slug);
    }
    create(state, body);
    return createdNull();
  }

  private FakeResponse update(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    checkShopFields(problems, body);
    problems.throwIfAny();
    copy(body, shop.shop, SHOP_FIELDS);
    shop.shop.put("updated_at", state.now());
    return okNull();
  }

  private FakeResponse delete(FakeRequest request) {
    String slug = request.pathParam("slug");
    state.shop(slug);
    state.shops.remove(slug);
    return okNull();
  }

  private FakeResponse setKey(FakeRequest request, String provider) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "api_key");
    problems.length(body, "api_key", 16, 128);
    problems.throwIfAny();
    shop.keys.put(provider, text(body, "api_key"));
    return okNull();
  }

  private FakeResponse setShopware(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "client_id");
    problems.throwIfAny();
    shop.keys.put("shopware", text(body, "client_id"));
    return okNull();
  }

  private FakeResponse listKeys(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode keys = FakeJson.object();
    shop.keys.forEach((provider, key) -> keys.put(provider, mask(key)));
    return ok(keys);
  }

  private FakeResponse uploadImage(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    String type = request.pathParam("image_type");
    if (!IMAGE_TYPES.contains(type)) {
      Problems problems = Problems.path();
      problems.add("enum", "Input should be " + String.join(", ", IMAGE_TYPES), "image_type");
      problems.throwIfAny();
    }
    List<Multipart.Part> parts =
        Multipart.parse(request.header("Content-Type").orElse(null), request.bodyBytes());
    Multipart.Part image = parts == null ? null
        : parts.stream().filter(p -> "image".equals(p.name)).findFirst().orElse(null);
    if (image == null) {
      Problems problems = Problems.body();
      problems.add("missing", "Field required", "image");
      problems.throwIfAny();
    }
    shop.images.add(new FakeKarla.UploadedImage(type, image.filename, image.contentType, image.size));
    ObjectNode answer = FakeJson.object();
    answer.put("url", "https://cdn.gokarla.io/" + shop.slug() + "/" + type + "/" + KarlaState.newId());
    answer.put("image_type", type);
    answer.put("shop_slug", shop.slug());
    return created(answer);
  }

  private FakeResponse settings(FakeRequest request, String group, String... fields) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    for (String field : fields) {
      JsonNode value = body.get(field);
      if (value != null && !value.isBoolean() && !value.isNull()) {
        problems.add("bool_parsing", "Input should be a valid boolean", field);
      }
    }
    problems.throwIfAny();
    ObjectNode current = (ObjectNode) shop.settings.get(group);
    copy(body, current, fields);
    return ok(current);
  }

  private static void checkShopFields(Problems problems, ObjectNode body) {
    problems.oneOf(body, "language", LANGUAGES);
    problems.oneOf(body, "shop_provider", PROVIDERS);
    problems.url(body, "shop_admin_url");
    problems.url(body, "shop_url");
    problems.url(body, "logo_url");
    for (String flag : SHOP_FLAGS) {
      JsonNode value = body.get(flag);
      if (value != null && !value.isBoolean() && !value.isNull()) {
        problems.add("bool_parsing", "Input should be a valid boolean", flag);
      }
    }
  }

  private static String mask(String key) {
    int keep = Math.min(3, key.length() / 4);
    return "*".repeat(key.length() - keep) + key.substring(key.length() - keep);
  }
}

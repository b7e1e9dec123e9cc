package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.time.OffsetDateTime;

/** Campaigns and A/B tests. */
final class CampaignRoutes extends Routes {

  private static final String[] CAMPAIGN_FIELDS = {
    "enabled", "name", "start_date", "end_date", "segment", "promotion_type", "promotion_properties"
  };

  CampaignRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/shops/{slug}/campaigns", this::search);
    fake.on("POST", "/v1/shops/{slug}/campaigns", this::create);
    fake.on("PUT", "/v1/shops/{slug}/campaigns/{uuid}", this::replace);
    fake.on("DELETE", "/v1/shops/{slug}/campaigns/{uuid}", this::delete);
    fake.on("GET", "/v1/shops/{slug}/campaigns/orders/{order_number}", this::byOrderNumber);
    fake.on("GET", "/v1/shops/{slug}/ab-tests", this::listAbTests);
    fake.on("POST", "/v1/shops/{slug}/ab-tests", this::createAbTest);
    fake.on("GET", "/v1/shops/{slug}/ab-tests/{uuid}", r -> ok(abTest(r)));
    fake.on("POST", "/v1/shops/{slug}/ab-tests/{uuid}/end", this::endAbTest);
  }

  private FakeResponse search(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return ok(Pages.page(request, values(shop.campaigns), this::view,
        "uuid", "name", "segment", "promotion_type", "enabled", "start_date", "end_date"));
  }

  private FakeResponse create(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode body = checkedCampaign(shop, request);
    String name = text(body, "name");
    for (ObjectNode existing : shop.campaigns.values()) {
      if (name.equals(text(existing, "name"))) {
        throw KarlaError.exists("campaign", name);
      }
    }
    ObjectNode campaign = FakeJson.object();
    campaign.put("enabled", false);
    campaign.put("start_date", state.now());
    copy(body, campaign, CAMPAIGN_FIELDS);
    copy(body, campaign, "discount_id");
    campaign.put("uuid", KarlaState.newId());
    campaign.put("shop_slug", shop.slug());
    requireOneEnabledPerSegment(shop, campaign);
    shop.campaigns.put(text(campaign, "uuid"), campaign);
    return created(view(campaign));
  }

  private FakeResponse replace(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode campaign = KarlaState.ShopState.find(shop.campaigns, "campaign", request.pathParam("uuid"));
    ObjectNode body = checkedCampaign(shop, request);
    ObjectNode replaced = FakeJson.object();
    replaced.put("enabled", false);
    replaced.put("start_date", text(campaign, "start_date"));
    copy(body, replaced, CAMPAIGN_FIELDS);
    copy(body, replaced, "discount_id");
    replaced.put("uuid", text(campaign, "uuid"));
    replaced.put("shop_slug", shop.slug());
    requireOneEnabledPerSegment(shop, replaced);
    shop.campaigns.put(text(replaced, "uuid"), replaced);
    return ok(view(replaced));
  }

  private FakeResponse delete(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    KarlaState.ShopState.find(shop.campaigns, "campaign", request.pathParam("uuid"));
    shop.campaigns.remove(request.pathParam("uuid"));
    return ok(FakeJson.object());
  }

  private FakeResponse byOrderNumber(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    String number = request.pathParam("order_number");
    ObjectNode order =
        shop.orders.values().stream()
            .filter(o -> number.equals(text(o, "order_number")))
            .findFirst()
            .orElseThrow(() -> KarlaError.notFound("order", number));
    java.util.Set<String> segments = new java.util.HashSet<>();
    order.path("segments").forEach(s -> segments.add(s.asText()));
    return shop.campaigns.values().stream()
        .filter(c -> "active".equals(status(c)) && segments.contains(text(c, "segment")))
        .findFirst()
        .map(c -> ok(view(c)))
        .orElseThrow(() -> KarlaError.notFound("campaign", "for order " + number));
  }

  private ObjectNode checkedCampaign(KarlaState.ShopState shop, FakeRequest request) {
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "name", "segment", "promotion_type", "promotion_properties");
    problems.dateTime(body, "start_date");
    problems.dateTime(body, "end_date");
    JsonNode properties = body.get("promotion_properties");
    if (properties != null && !properties.isNull()) {
      Problems at = problems.under("promotion_properties");
      if (at.object(properties)) {
        checkPromotion(at, properties);
      }
    }
    problems.throwIfAny();
    String discount = text(body, "discount_id");
    if (discount != null) {
      KarlaState.ShopState.find(shop.discounts, "discount", discount);
    }
    return body;
  }

  /** Checks the required fields of ProductRecommendationDTO, ProductSaleDiscountDTO and the *I18n shapes. */
  private static void checkPromotion(Problems problems, JsonNode properties) {
    checkTranslations(problems, properties);
    JsonNode products = list(problems, properties, "products");
    for (int i = 0; i < products.size(); i++) {
      Problems at = problems.under("products", i);
      JsonNode product = products.get(i);
      if (!at.object(product)) {
        continue;
      }
      at.required(product, "product_url", "currency");
      JsonNode discount = product.get("discount");
      if (discount != null && !discount.isNull()) {
        Problems under = at.under("discount");
        if (under.object(discount)) {
          under.required(discount, "category", "amount");
        }
      }
      checkTranslations(at, product);
    }
  }

  private static void checkTranslations(Problems problems, JsonNode parent) {
    JsonNode translations = list(problems, parent, "translations");
    for (int i = 0; i < translations.size(); i++) {
      Problems at = problems.under("translations", i);
      if (at.object(translations.get(i))) {
        at.required(translations.get(i), "language", "values");
      }
    }
  }

  /** Returns the list {@code field} of {@code parent}, empty when absent or not a list (a problem then). */
  private static JsonNode list(Problems problems, JsonNode parent, String field) {
    problems.array(parent, field);
    JsonNode value = parent.get(field);
    return value != null && value.isArray() ? value : FakeJson.array();
  }

  private void requireOneEnabledPerSegment(KarlaState.ShopState shop, ObjectNode campaign) {
    if (!campaign.path("enabled").asBoolean(false)) {
      return;
    }
    for (ObjectNode other : shop.campaigns.values()) {
      if (!text(other, "uuid").equals(text(campaign, "uuid"))
          && other.path("enabled").asBoolean(false)
          && text(other, "segment").equals(text(campaign, "segment"))) {
        throw KarlaError.karla(409, "campaign_segment_enabled",
            "Campaign " + text(other, "name") + " is already enabled for segment "
                + text(campaign, "segment"));
      }
    }
  }

  private ObjectNode view(ObjectNode campaign) {
    ObjectNode out = campaign.deepCopy();
    out.remove("discount_id");
    out.put("status", status(campaign));
    String discount = text(campaign, "discount_id");
    if (discount != null) {
      for (KarlaState.ShopState shop : state.shops.values()) {
        ObjectNode found = shop.discounts.get(discount);
        if (found != null) {
          out.set("discount", found.deepCopy());
        }
      }
    }
    return out;
  }

  private String status(ObjectNode campaign) {
    if (!campaign.path("enabled").asBoolean(false)) {
      return "inactive";
    }
    OffsetDateTime now = state.nowTime();
    String start = text(campaign, "start_date");
    String end = text(campaign, "end_date");
    if (start != null && OffsetDateTime.parse(start).isAfter(now)) {
      return "scheduled";
    }
    if (end != null && OffsetDateTime.parse(end).isBefore(now)) {
      return "inactive";
    }
    return "active";
  }

  private FakeResponse listAbTests(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return ok(Pages.page(request, values(shop.abTests), t -> t));
  }

  private FakeResponse createAbTest(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "name", "segment", "campaign_type", "campaigns", "start_date", "end_date");
    problems.range(body, "holdout_percentage", 0, 100);
    problems.dateTime(body, "start_date");
    problems.dateTime(body, "end_date");
    problems.array(body, "campaigns");
    problems.throwIfAny();
    String name = text(body, "name");
    if (shop.abTests.values().stream().anyMatch(t -> name.equals(text(t, "name")))) {
      throw KarlaError.exists("ab_test", name);
    }
    for (JsonNode entry : body.get("campaigns")) {
      String id = text(entry, "campaign_id");
      if (id != null) {
        KarlaState.ShopState.find(shop.campaigns, "campaign", id);
      }
    }
    ObjectNode test = FakeJson.object();
    test.put("uuid", KarlaState.newId());
    test.put("shop_slug", shop.slug());
    test.put("has_holdout", false);
    test.put("holdout_percentage", 0);
    copy(body, test, "name", "segment", "campaign_type", "campaigns", "has_holdout",
        "holdout_percentage", "start_date", "end_date");
    String now = state.now();
    test.put("created_at", now);
    test.put("updated_at", now);
    shop.abTests.put(text(test, "uuid"), test);
    return created(test);
  }

  private ObjectNode abTest(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return KarlaState.ShopState.find(shop.abTests, "ab_test", request.pathParam("uuid"));
  }

  private FakeResponse endAbTest(FakeRequest request) {
    ObjectNode test = abTest(request);
    String now = state.now();
    test.put("end_date", now);
    test.put("updated_at", now);
    return ok(test);
  }
}

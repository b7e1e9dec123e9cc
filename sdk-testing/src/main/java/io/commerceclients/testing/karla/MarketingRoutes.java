package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.util.ArrayList;
import java.util.Set;

/** Announcements, discounts and deals. */
final class MarketingRoutes extends Routes {

  private static final Set<String> DISCOUNT_TYPES = Set.of("product", "order", "shipping");
  private static final Set<String> TARGET_SELECTIONS = Set.of("all", "group", "specific");
  private static final Set<String> TARGET_TYPES = Set.of("line_item", "shipping_line");
  private static final Set<String> VALUE_TYPES = Set.of("percentage", "fixed_amount");
  private static final String[] DISCOUNT_FIELDS = {
    "code", "target_selection", "target_type", "title", "value_type", "value"
  };

  MarketingRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/shops/{slug}/announcements", this::searchAnnouncements);
    fake.on("POST", "/v1/shops/{slug}/announcements", this::createAnnouncement);
    fake.on("PATCH", "/v1/shops/{slug}/announcements/{uuid}", this::updateAnnouncement);
    fake.on("DELETE", "/v1/shops/{slug}/announcements/{uuid}", this::deleteAnnouncement);
    fake.on("GET", "/v1/shops/{slug}/discounts", this::searchDiscounts);
    fake.on("POST", "/v1/shops/{slug}/discounts", this::createDiscount);
    fake.on("PATCH", "/v1/shops/{slug}/discounts/{uuid}", this::updateDiscount);
    fake.on("DELETE", "/v1/shops/{slug}/discounts/{uuid}", this::deleteDiscount);
    fake.on("GET", "/v1/deals", r -> ok(Pages.page(r, new ArrayList<>(state.deals.values()), d -> d)));
    fake.on("POST", "/v1/deals", this::createDeal);
  }

  /** Karla's reference marks {@code uuid} and {@code text} required, so a search without them is a 422. */
  private FakeResponse searchAnnouncements(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.query();
    for (String required : new String[] {"uuid", "text"}) {
      if (request.query(required).isEmpty()) {
        problems.add("missing", "Field required", required);
      }
    }
    problems.throwIfAny();
    return ok(Pages.page(request, values(shop.announcements), a -> a, "uuid", "text", "language"));
  }

  private FakeResponse createAnnouncement(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "text", "language");
    problems.oneOf(body, "language", ShopRoutes.LANGUAGES);
    problems.throwIfAny();
    ObjectNode announcement = FakeJson.object();
    announcement.put("uuid", KarlaState.newId());
    copy(body, announcement, "text", "language");
    String now = state.now();
    announcement.put("created_at", now);
    announcement.put("updated_at", now);
    shop.announcements.put(text(announcement, "uuid"), announcement);
    return createdNull();
  }

  private FakeResponse updateAnnouncement(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode announcement =
        KarlaState.ShopState.find(shop.announcements, "announcement", request.pathParam("uuid"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.oneOf(body, "language", ShopRoutes.LANGUAGES);
    problems.throwIfAny();
    copy(body, announcement, "text", "language");
    announcement.put("updated_at", state.now());
    return okNull();
  }

  private FakeResponse deleteAnnouncement(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    KarlaState.ShopState.find(shop.announcements, "announcement", request.pathParam("uuid"));
    shop.announcements.remove(request.pathParam("uuid"));
    return okNull();
  }

  private FakeResponse searchDiscounts(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    return ok(Pages.page(request, values(shop.discounts), d -> d,
        "uuid", "code", "target_selection", "target_type", "title", "value_type", "value", "type"));
  }

  private FakeResponse createDiscount(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "type");
    problems.oneOf(body, "type", DISCOUNT_TYPES);
    checkDiscount(problems, body);
    problems.throwIfAny();
    String code = text(body, "code");
    if (code != null && shop.discounts.values().stream().anyMatch(d -> code.equals(text(d, "code")))) {
      throw KarlaError.exists("discount", code);
    }
    ObjectNode discount = FakeJson.object();
    copy(body, discount, DISCOUNT_FIELDS);
    copy(body, discount, "type");
    discount.put("uuid", KarlaState.newId());
    discount.put("shop_slug", shop.slug());
    shop.discounts.put(text(discount, "uuid"), discount);
    return createdNull();
  }

  private FakeResponse updateDiscount(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    ObjectNode discount = KarlaState.ShopState.find(shop.discounts, "discount", request.pathParam("uuid"));
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    checkDiscount(problems, body);
    problems.throwIfAny();
    copy(body, discount, DISCOUNT_FIELDS);
    return okNull();
  }

  private FakeResponse deleteDiscount(FakeRequest request) {
    KarlaState.ShopState shop = state.shop(request.pathParam("slug"));
    KarlaState.ShopState.find(shop.discounts, "discount", request.pathParam("uuid"));
    shop.discounts.remove(request.pathParam("uuid"));
    return okNull();
  }

  private FakeResponse createDeal(FakeRequest request) {
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "shop_id", "discount_id");
    problems.array(body, "translations");
    problems.throwIfAny();
    String shopId = text(body, "shop_id");
    KarlaState.ShopState shop =
        state.shops.values().stream()
            .filter(s -> shopId.equals(text(s.shop, "uuid")))
            .findFirst()
            .orElseThrow(() -> KarlaError.notFound("shop", shopId));
    KarlaState.ShopState.find(shop.discounts, "discount", text(body, "discount_id"));
    ObjectNode deal = FakeJson.object();
    deal.put("uuid", KarlaState.newId());
    copy(body, deal, "shop_id", "discount_id", "brand_image_url", "brand_logo_url", "cta_url",
        "title", "description", "translations", "rank");
    String now = state.now();
    deal.put("created_at", now);
    deal.put("updated_at", now);
    state.deals.put(text(deal, "uuid"), deal);
    return createdNull();
  }

  private static void checkDiscount(Problems problems, ObjectNode body) {
    problems.oneOf(body, "target_selection", TARGET_SELECTIONS);
    problems.oneOf(body, "target_type", TARGET_TYPES);
    problems.oneOf(body, "value_type", VALUE_TYPES);
  }
}

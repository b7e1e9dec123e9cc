package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything the fake remembers; guarded by its own monitor (handlers run under it). */
final class KarlaState {

  final Map<String, ShopState> shops = new LinkedHashMap<>();
  final Map<String, ObjectNode> deals = new LinkedHashMap<>();
  final Map<String, ObjectNode> orgs = new LinkedHashMap<>();
  final Map<String, Map<String, ObjectNode>> members = new LinkedHashMap<>();
  private final Clock clock;

  KarlaState(Clock clock) {
    this.clock = clock;
  }

  /** Forgets every shop, deal, organization and member. */
  void clear() {
    shops.clear();
    deals.clear();
    orgs.clear();
    members.clear();
  }

  /** Returns the shop's state or throws Karla's 404 {@code shop_not_found}. */
  ShopState shop(String slug) {
    ShopState shop = shops.get(slug);
    if (shop == null) {
      throw KarlaError.notFound("shop", slug);
    }
    return shop;
  }

  /** Returns the organization or throws Karla's 404 {@code org_not_found}. */
  ObjectNode org(String slug) {
    ObjectNode org = orgs.get(slug);
    if (org == null) {
      throw KarlaError.notFound("org", slug);
    }
    return org;
  }

  String now() {
    return OffsetDateTime.now(clock)
        .truncatedTo(ChronoUnit.SECONDS)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  OffsetDateTime nowTime() {
    return OffsetDateTime.now(clock);
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  /** One shop and everything scoped to it. */
  static final class ShopState {
    final ObjectNode shop;
    final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    final Map<String, ObjectNode> shipments = new LinkedHashMap<>();
    final Map<String, ObjectNode> claims = new LinkedHashMap<>();
    final Map<String, ObjectNode> campaigns = new LinkedHashMap<>();
    final Map<String, ObjectNode> abTests = new LinkedHashMap<>();
    final Map<String, ObjectNode> discounts = new LinkedHashMap<>();
    final Map<String, ObjectNode> announcements = new LinkedHashMap<>();
    final Map<String, ObjectNode> webhooks = new LinkedHashMap<>();
    final Map<String, ObjectNode> shopifyWebhooks = new LinkedHashMap<>();
    final Map<String, String> keys = new LinkedHashMap<>();
    final List<FakeKarla.UploadedImage> images = new ArrayList<>();
    final ObjectNode settings;

    ShopState(ObjectNode shop, ObjectNode settings) {
      this.shop = shop;
      this.settings = settings;
    }

    String slug() {
      return shop.get("slug").asText();
    }

    ObjectNode order(String uuid) {
      ObjectNode order = orders.get(uuid);
      if (order == null) {
        throw KarlaError.notFound("order", uuid);
      }
      return order;
    }

    ObjectNode shipment(String uuid) {
      ObjectNode shipment = shipments.get(uuid);
      if (shipment == null) {
        throw KarlaError.notFound("shipment", uuid);
      }
      return shipment;
    }

    static ObjectNode find(Map<String, ObjectNode> items, String what, String uuid) {
      ObjectNode item = items.get(uuid);
      if (item == null) {
        throw KarlaError.notFound(what, uuid);
      }
      return item;
    }
  }
}

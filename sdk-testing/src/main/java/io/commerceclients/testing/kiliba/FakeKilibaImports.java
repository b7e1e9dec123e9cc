package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FakeKiliba} received on its seven import endpoints: the stored records (each import
 * overwrites the record with the same key, as Kiliba does) and the size of every accepted request.
 * Thread-safe.
 */
public final class FakeKilibaImports {

  /** The largest number of records in one import request. */
  public static final int MAX_ITEMS = 1000;

  /** The largest import request body, in bytes (6 MB read as 6,000,000 bytes). */
  public static final int MAX_BYTES = 6_000_000;

  /** The largest serialised {@code metadata} of one record, in bytes (2 KB read as 2,000 bytes, like {@link #MAX_BYTES}). */
  public static final int MAX_METADATA_BYTES = 2_000;

  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

  /** The seven importable resources, by the last segment of their path. */
  public enum Resource {
    /** {@code /client/v1/import/product-categories}. */
    PRODUCT_CATEGORIES("product-categories", List.of("id", "name"), List.of(), List.of(), false),
    /** {@code /client/v1/import/products}. */
    PRODUCTS("products",
        List.of("id", "name", "price", "priceWithTax", "quantity", "inStock", "relativeUrl", "absoluteUrl",
            "categories", "defaultCategoryId", "createdAt", "updatedAt"),
        List.of("categories"), List.of("price", "priceWithTax", "quantity"), true),
    /** {@code /client/v1/import/customer-groups}. */
    CUSTOMER_GROUPS("customer-groups", List.of("id", "name"), List.of(), List.of(), false),
    /** {@code /client/v1/import/customers}. */
    CUSTOMERS("customers",
        List.of("id", "email", "emailMarketingConsent", "smsMarketingConsent", "shopIds", "defaultShopId",
            "customerGroupIds", "defaultCustomerGroupId", "langIsoCode", "createdAt", "updatedAt"),
        List.of("shopIds", "customerGroupIds"), List.of(), true),
    /** {@code /client/v1/import/orders}. */
    ORDERS("orders",
        List.of("id", "status", "shopId", "amount", "amountWithTax", "products", "createdAt", "updatedAt"),
        List.of(), List.of("amount", "amountWithTax"), false),
    /** {@code /client/v1/import/carts}. */
    CARTS("carts",
        List.of("id", "shopId", "langIsoCode", "amount", "amountWithTax", "products", "createdAt", "updatedAt"),
        List.of(), List.of("amount", "amountWithTax"), false),
    /** {@code /client/v1/import/visits}. */
    VISITS("visits", List.of("email", "url", "date", "productId"), List.of(), List.of(), false);

    private final String path;
    private final List<String> required;
    private final List<String> nonEmpty;
    private final List<String> nonNegative;
    private final boolean deletable;

    Resource(String path, List<String> required, List<String> nonEmpty, List<String> nonNegative, boolean deletable) {
      this.path = path;
      this.required = required;
      this.nonEmpty = nonEmpty;
      this.nonNegative = nonNegative;
      this.deletable = deletable;
    }

    /** Returns the last path segment, for example {@code product-categories}. */
    public String path() {
      return path;
    }

    static Optional<Resource> byPath(String path) {
      for (Resource r : values()) {
        if (r.path.equals(path)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One import request the fake accepted.
   *
   * @param items how many records it carried
   * @param bytes the size of its body in bytes
   */
  public record Request(int items, int bytes) {}

  private final Map<Resource, Map<String, ObjectNode>> records = new EnumMap<>(Resource.class);
  private final Map<Resource, List<Request>> requests = new EnumMap<>(Resource.class);

  FakeKilibaImports() {
    for (Resource r : Resource.values()) {
      records.put(r, new LinkedHashMap<>());
      requests.put(r, new ArrayList<>());
    }
  }

  /** Returns the stored records of a resource, in first-import order, as wire-format maps. */
  public synchronized List<Map<String, @Nullable Object>> records(Resource resource) {
    List<Map<String, @Nullable Object>> copy = new ArrayList<>();
    records.get(resource).values().forEach(r -> copy.add(KilibaFakeJson.MAPPER.convertValue(r, MAP)));
    return copy;
  }

  /** Returns how many distinct records of a resource are stored. */
  public synchronized int count(Resource resource) {
    return records.get(resource).size();
  }

  /**
   * Returns the stored record with this key: the id's text, or for products {@code id + "/" +
   * variantId} when the product has a variant.
   */
  public synchronized Optional<Map<String, @Nullable Object>> record(Resource resource, String key) {
    return Optional.ofNullable(records.get(resource).get(key)).map(r -> KilibaFakeJson.MAPPER.convertValue(r, MAP));
  }

  /** Returns every accepted request of a resource, in arrival order. */
  public synchronized List<Request> requests(Resource resource) {
    return Collections.unmodifiableList(new ArrayList<>(requests.get(resource)));
  }

  /** Forgets every record and request. */
  public synchronized void clear() {
    records.values().forEach(Map::clear);
    requests.values().forEach(List::clear);
  }

  /** Validates and stores one import request; rejects it whole, as a 400 or 413, if anything is wrong. */
  ObjectNode accept(Resource resource, byte[] body) {
    if (body.length > MAX_BYTES) {
      throw new FakeKilibaError(413, "Request body is " + body.length + " bytes; the limit is " + MAX_BYTES);
    }
    JsonNode array = KilibaFakeJson.parse(body);
    if (!array.isArray()) {
      throw FakeKilibaError.badRequest("The body must be a JSON array");
    }
    if (array.size() > MAX_ITEMS) {
      throw FakeKilibaError.badRequest("The body has " + array.size() + " items; the limit is " + MAX_ITEMS);
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      check(resource, i, array.get(i), problems);
    }
    if (!problems.isEmpty()) {
      throw new FakeKilibaError(400, problems);
    }
    synchronized (this) {
      for (JsonNode item : array) {
        records.get(resource).put(key(resource, item), (ObjectNode) item.deepCopy());
      }
      requests.get(resource).add(new Request(array.size(), body.length));
    }
    return KilibaFakeJson.MAPPER.createObjectNode().put("processed", array.size());
  }

  private static void check(Resource resource, int index, JsonNode item, List<String> problems) {
    if (!item.isObject()) {
      problems.add(index + " must be an object");
      return;
    }
    boolean deletion = resource.deletable && item.path("deleted").asBoolean(false);
    if (deletion) {
      if (!KilibaFakeJson.isId(item.get("id"))) {
        problems.add(index + ".id should not be empty");
      }
      return;
    }
    for (String field : resource.required) {
      if (!KilibaFakeJson.present(item, field)) {
        problems.add(index + "." + field + " should not be empty");
      } else if ((field.equals("id") || field.endsWith("Id")) && !KilibaFakeJson.isId(item.get(field))) {
        problems.add(index + "." + field + " must be a string or a number");
      }
    }
    JsonNode metadata = item.get("metadata");
    if (metadata != null && !metadata.isNull()) {
      if (!metadata.isObject()) {
        problems.add(index + ".metadata must be an object");
      } else if (metadata.toString().getBytes(StandardCharsets.UTF_8).length > MAX_METADATA_BYTES) {
        problems.add(index + ".metadata must not exceed " + MAX_METADATA_BYTES + " bytes serialised");
      }
    }
    for (String field : resource.nonEmpty) {
      JsonNode value = item.get(field);
      if (value != null && value.isArray() && value.isEmpty()) {
        problems.add(index + "." + field + " should not be empty");
      }
    }
    for (String field : resource.nonNegative) {
      JsonNode value = item.get(field);
      if (value != null && value.isNumber() && value.decimalValue().signum() < 0) {
        problems.add(index + "." + field + " must not be less than 0");
      }
    }
  }

  private static String key(Resource resource, JsonNode item) {
    switch (resource) {
      case PRODUCTS:
        return KilibaFakeJson.present(item, "variantId")
            ? item.get("id").asText() + "/" + item.get("variantId").asText()
            : item.get("id").asText();
      case VISITS:
        return String.join("|", item.path("email").asText(), item.path("url").asText(), item.path("date").asText(),
            item.path("productId").asText(), item.path("variantId").asText(), item.path("categoryId").asText());
      default:
        return item.get("id").asText();
    }
  }
}
